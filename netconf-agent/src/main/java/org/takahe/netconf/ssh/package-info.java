/**
 * The SSH transport (RFC 6242): the "netconf" subsystem, one {@link org.takahe.netconf.NetconfSession}
 * per channel, and SSH user authentication against the {@link org.takahe.netconf.auth.UserDirectory}.
 */
@NullMarked
package org.takahe.netconf.ssh;

import org.jspecify.annotations.NullMarked;
