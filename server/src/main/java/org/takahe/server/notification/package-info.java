/** The server's own NETCONF notifications, raised from engine events on the NETCONF event stream. */
@NullMarked
package org.takahe.server.notification;

import org.jspecify.annotations.NullMarked;
