/** The lease store SPI shared by every back end. */
@NullMarked
package org.takahe.lease;

import org.jspecify.annotations.NullMarked;
