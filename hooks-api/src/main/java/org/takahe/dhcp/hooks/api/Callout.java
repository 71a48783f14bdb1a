package org.takahe.dhcp.hooks.api;

/**
 * Code a library runs at one {@link HookPoint}. Callouts run concurrently for different packets and must be
 * thread-safe. A callout that throws, or that runs past the configured callout timeout, is logged and counted by
 * the server and its verdict is ignored (or, if the operator configured the library to fail closed, the packet
 * is dropped); either way the server goes on.
 *
 * @param <C> the context type of the point it is registered at
 */
@FunctionalInterface
public interface Callout<C> {

    NextStep call(C context) throws Exception;
}
