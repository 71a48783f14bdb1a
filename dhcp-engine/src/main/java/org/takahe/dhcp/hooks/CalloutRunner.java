package org.takahe.dhcp.hooks;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.config.CalloutFailurePolicy;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.NextStep;

/**
 * Runs one callout on a virtual thread of its own and waits at most the callout timeout for its verdict, so that a
 * callout that throws, blocks or spins costs its verdict and never a worker thread. A failed callout's verdict is
 * replaced by its library's failure policy: CONTINUE as Kea does (the error is logged and processing goes on), or
 * DROP for libraries that must fail closed. A callout still running after its timeout is interrupted and its view
 * closed; whatever it does later changes nothing.
 */
final class CalloutRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CalloutRunner.class);

    private final long timeoutNanos;

    CalloutRunner(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    <C> NextStep run(HookPoint point, RegisteredCallout<C> registered, PointContext<C> context, String subject) {
        registered.counters().called();
        C view = context.openView();
        FutureTask<NextStep> task = new FutureTask<>(() -> registered.callout().call(view));
        try {
            Thread.ofVirtual().name("hook-" + registered.library()).start(task);
            NextStep step = task.get(timeoutNanos, TimeUnit.NANOSECONDS);
            if (step == null) {
                return failed(point, registered, subject, new NullPointerException("the callout answered null"));
            }
            registered.counters().answered(step);
            return step;
        } catch (ExecutionException e) {
            return failed(point, registered, subject, e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            context.closeView(view); // before the interrupt wakes the callout, so its late changes cannot land
            task.cancel(true);
            registered.counters().timedOut();
            DhcpMessages.DHCP4_HOOK_CALLOUT_TIMEOUT.log(LOG, registered.library(), point, subject,
                TimeUnit.NANOSECONDS.toMillis(timeoutNanos), consequence(registered));
            return onFailure(registered);
        } catch (InterruptedException e) {
            // The engine is stopping: give up on the callout, keep the interrupt for the caller.
            context.closeView(view);
            task.cancel(true);
            Thread.currentThread().interrupt();
            return onFailure(registered);
        } finally {
            context.closeView(view);
        }
    }

    private static <C> NextStep failed(HookPoint point, RegisteredCallout<C> registered, String subject,
            Throwable cause) {
        registered.counters().failed();
        DhcpMessages.DHCP4_HOOK_CALLOUT_FAILED.log(LOG, registered.library(), point, subject, cause,
            consequence(registered), cause);
        return onFailure(registered);
    }

    private static NextStep onFailure(RegisteredCallout<?> registered) {
        return registered.onFailure() == CalloutFailurePolicy.DROP ? NextStep.DROP : NextStep.CONTINUE;
    }

    private static String consequence(RegisteredCallout<?> registered) {
        return registered.onFailure() == CalloutFailurePolicy.DROP ? "the packet is dropped (on-callout-failure drop)"
            : "its verdict is ignored";
    }
}
