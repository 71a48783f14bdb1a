/** Checks that the shipped modules and the example configuration are valid and as published. */
@NullMarked
package org.takahe.yang;

import org.jspecify.annotations.NullMarked;
