package org.takahe.dhcp.hooks;

import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.hooks.api.Callout;

/** One library's callout at one point, with what the dispatcher needs to run it: who to blame and count. */
record RegisteredCallout<C>(String library, Callout<C> callout, CalloutFailurePolicy onFailure,
        HookCounters.Counters counters) {
}
