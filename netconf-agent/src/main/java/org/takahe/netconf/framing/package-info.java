/**
 * RFC 6242 message framing over a byte stream: the base:1.0 end-of-message marker and the
 * base:1.1 chunked encoding. Knows nothing of XML.
 */
@NullMarked
package org.takahe.netconf.framing;

import org.jspecify.annotations.NullMarked;
