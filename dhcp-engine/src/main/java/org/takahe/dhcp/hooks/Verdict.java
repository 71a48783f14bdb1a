package org.takahe.dhcp.hooks;

import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;

/**
 * The outcome of one hook point: the strongest verdict of its callouts and the library that gave it.
 *
 * @param library the library whose callout gave {@code step}; empty for CONTINUE
 */
public record Verdict(HookPoint point, NextStep step, String library) {
    private static final Verdict[] CONTINUES = new Verdict[HookPoint.values().length];

    static {
        for (HookPoint point : HookPoint.values()) {
            CONTINUES[point.ordinal()] = new Verdict(point, NextStep.CONTINUE, "");
        }
    }

    /** The shared CONTINUE verdict of a point (no allocation). */
    public static Verdict continueAt(HookPoint point) {
        return CONTINUES[point.ordinal()];
    }

    /** Whether the verdict is {@code expected}. */
    public boolean is(NextStep expected) {
        return step == expected;
    }

    public boolean isContinue() {
        return step == NextStep.CONTINUE;
    }

    /** For logs and drop details, e.g. "DROP at pkt4-receive by hook library mac-acl". */
    public String describe() {
        return step + " at " + point + (library.isEmpty() ? "" : " by hook library " + library);
    }
}
