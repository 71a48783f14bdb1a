package org.takahe.dhcp.hooks;

/**
 * A point's context as the dispatcher hands it to callouts: each callout gets its own view, closed when the callout
 * returns or its time is up, so that one still running after its timeout can change nothing any more.
 *
 * @param <C> the SPI context type of the point
 */
interface PointContext<C> {

    /** A view for one callout. Immutable contexts return themselves. */
    C openView();

    /** Ends the view: any change through it from now on throws IllegalStateException. */
    default void closeView(C view) {
    }
}
