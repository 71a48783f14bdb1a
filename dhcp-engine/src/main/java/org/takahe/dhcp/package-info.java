/** The DHCP engine facade: configuration checks, snapshot swap, statistics and lease access. */
@NullMarked
package org.takahe.dhcp;

import org.jspecify.annotations.NullMarked;
