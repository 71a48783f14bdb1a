/** Finding hook libraries: the jars of the hooks directories and the providers they declare. */
@NullMarked
package org.takahe.server.hooks;

import org.jspecify.annotations.NullMarked;
