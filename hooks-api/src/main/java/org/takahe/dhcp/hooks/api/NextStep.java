package org.takahe.dhcp.hooks.api;

/**
 * A callout's verdict: what the server does next. The exact meaning of {@link #SKIP} and {@link #DROP} depends on
 * the point and is given with each {@link HookPoint}; a verdict a point does not support acts as {@link #CONTINUE}.
 *
 * <p>When several libraries have callouts at one point they run in configuration order; a {@link #DROP} ends the
 * point at once, otherwise every callout runs and the strongest verdict wins (DROP over SKIP over CONTINUE).
 */
public enum NextStep {
    /** Go on as if the callout were not there (its sanctioned changes to the context still apply). */
    CONTINUE,
    /** Leave out the step this point stands before; see the point for what that is. */
    SKIP,
    /** Drop the packet: no answer is sent. */
    DROP;

    /** The stronger of two verdicts: DROP over SKIP over CONTINUE. */
    public NextStep strongest(NextStep other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
