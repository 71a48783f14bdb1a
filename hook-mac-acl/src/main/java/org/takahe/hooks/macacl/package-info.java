/**
 * An example hook library: serves or ignores clients by their hardware address. It uses nothing of Takahe but
 * the hooks SPI, so it is also a template for writing one.
 */
@NullMarked
package org.takahe.hooks.macacl;

import org.jspecify.annotations.NullMarked;
