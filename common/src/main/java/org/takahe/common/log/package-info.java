/** Log messages with stable IDs, shared by every module. */
@NullMarked
package org.takahe.common.log;

import org.jspecify.annotations.NullMarked;
