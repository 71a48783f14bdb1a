/** The operations (YANG {@code rpc} statements) of the DHCP data models, run by the NETCONF agent. */
package org.takahe.server.rpc;
