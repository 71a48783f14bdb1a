/**
 * The hooks SPI: what a third-party hook library compiles against.
 *
 * <p>A library is a {@link org.takahe.dhcp.hooks.api.HookLibrary} found by {@link java.util.ServiceLoader}. For each
 * configuration the server calls {@link org.takahe.dhcp.hooks.api.HookLibrary#configure} with the operator's
 * parameters; the library answers with its {@link org.takahe.dhcp.hooks.api.Callouts}, one
 * {@link org.takahe.dhcp.hooks.api.Callout} per {@link org.takahe.dhcp.hooks.api.HookPoint} it cares about. Each
 * callout reads an immutable view of the exchange through its point's context and answers a
 * {@link org.takahe.dhcp.hooks.api.NextStep}; the few changes a library may make are methods of the context.
 */
@NullMarked
package org.takahe.dhcp.hooks.api;

import org.jspecify.annotations.NullMarked;
