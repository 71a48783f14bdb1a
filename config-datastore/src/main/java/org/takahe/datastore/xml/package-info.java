/**
 * XML for the configuration datastores: reads NETCONF {@code <config>} contents and edit-config
 * requests into YANG normalized nodes and edits, writes data as XML, and parses untrusted XML
 * safely. The only place where XML meets yangtools.
 */
@NullMarked
package org.takahe.datastore.xml;

import org.jspecify.annotations.NullMarked;
