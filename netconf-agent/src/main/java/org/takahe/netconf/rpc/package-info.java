/**
 * NETCONF operations (RFC 6241 §7): parsing an {@code <rpc>}, routing it to a small
 * {@link org.takahe.netconf.rpc.RpcHandler} per operation, and building the {@code <rpc-reply>}
 * or {@code <rpc-error>} (Appendix A). Also the server-wide datastore locks and session registry.
 */
@NullMarked
package org.takahe.netconf.rpc;

import org.jspecify.annotations.NullMarked;
