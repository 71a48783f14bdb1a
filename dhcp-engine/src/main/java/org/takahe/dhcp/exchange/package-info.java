/**
 * One exchange per packet: subnet selection and a short chain of small handlers that build the reply. Knows no
 * sockets.
 */
@NullMarked
package org.takahe.dhcp.exchange;

import org.jspecify.annotations.NullMarked;
