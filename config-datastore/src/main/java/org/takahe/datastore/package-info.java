/**
 * The YANG-modelled configuration datastores (running, candidate, startup), their edit, validate
 * and commit cycle, and the change sets that commit participants receive. Knows nothing of DHCP.
 */
@NullMarked
package org.takahe.datastore;

import org.jspecify.annotations.NullMarked;
