/**
 * The engine side of the hooks SPI: the per-configuration {@link org.takahe.dhcp.hooks.HookDispatcher} that runs
 * the callouts of the configured libraries at each point, each with a time limit and its failures contained, and
 * the translation of engine values into the SPI's read-only views. Knows no transport and no exchange.
 */
@NullMarked
package org.takahe.dhcp.hooks;

import org.jspecify.annotations.NullMarked;
