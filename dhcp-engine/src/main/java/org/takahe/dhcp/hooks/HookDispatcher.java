package org.takahe.dhcp.hooks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;
import org.takahe.dhcp.config.ConfiguredHookLibrary;
import org.takahe.dhcp.config.HookLibraries;
import org.takahe.dhcp.config.Subnet4;
import org.takahe.dhcp.hooks.api.HookPoint;
import org.takahe.dhcp.hooks.api.Lease4ExpireContext;
import org.takahe.dhcp.hooks.api.Lease4ReleaseContext;
import org.takahe.dhcp.hooks.api.Lease4RenewContext;
import org.takahe.dhcp.hooks.api.Lease4SelectContext;
import org.takahe.dhcp.hooks.api.NextStep;
import org.takahe.dhcp.hooks.api.Pkt4ReceiveContext;
import org.takahe.dhcp.hooks.api.Pkt4SendContext;
import org.takahe.dhcp.hooks.api.Subnet4SelectContext;
import org.takahe.dhcp.wire.Dhcp4Message;
import org.takahe.lease.Lease4;

/**
 * Runs the callouts of one configuration's hook libraries at each point: built once per apply, like the handler
 * chain, and shared by all exchanges of that configuration. Callouts run in library order; a DROP ends the point at
 * once, otherwise the strongest verdict wins. {@link #present} is one bit test, so a call site pays one branch and
 * no allocation at a point no library uses; the per-point methods then build the SPI's views and run the callouts.
 */
public final class HookDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(HookDispatcher.class);

    /** No hook libraries: every point is absent. */
    public static final HookDispatcher NONE = new HookDispatcher(HookLibraries.none(), new HookCounters());

    private final Set<HookPoint> present = EnumSet.noneOf(HookPoint.class);
    private final CalloutRunner runner;
    private final List<RegisteredCallout<Pkt4ReceiveContext>> pkt4Receive;
    private final List<RegisteredCallout<Subnet4SelectContext>> subnet4Select;
    private final List<RegisteredCallout<Lease4SelectContext>> lease4Select;
    private final List<RegisteredCallout<Lease4RenewContext>> lease4Renew;
    private final List<RegisteredCallout<Lease4ReleaseContext>> lease4Release;
    private final List<RegisteredCallout<Lease4ExpireContext>> lease4Expire;
    private final List<RegisteredCallout<Pkt4SendContext>> pkt4Send;

    private HookDispatcher(HookLibraries libraries, HookCounters counters) {
        this.runner = new CalloutRunner(libraries.calloutTimeout());
        this.pkt4Receive = collect(libraries, HookPoint.PKT4_RECEIVE, Pkt4ReceiveContext.class, counters);
        this.subnet4Select = collect(libraries, HookPoint.SUBNET4_SELECT, Subnet4SelectContext.class, counters);
        this.lease4Select = collect(libraries, HookPoint.LEASE4_SELECT, Lease4SelectContext.class, counters);
        this.lease4Renew = collect(libraries, HookPoint.LEASE4_RENEW, Lease4RenewContext.class, counters);
        this.lease4Release = collect(libraries, HookPoint.LEASE4_RELEASE, Lease4ReleaseContext.class, counters);
        this.lease4Expire = collect(libraries, HookPoint.LEASE4_EXPIRE, Lease4ExpireContext.class, counters);
        this.pkt4Send = collect(libraries, HookPoint.PKT4_SEND, Pkt4SendContext.class, counters);
    }

    /** The dispatcher for these libraries; counts go to {@code counters}, which outlive configurations. */
    public static HookDispatcher of(HookLibraries libraries, HookCounters counters) {
        if (libraries.libraries().isEmpty()) {
            return NONE;
        }
        HookDispatcher dispatcher = new HookDispatcher(libraries, counters);
        StringJoiner inService = new StringJoiner("; ");
        for (ConfiguredHookLibrary library : libraries.libraries()) {
            inService.add(library.name() + " at " + (library.callouts().points().isEmpty() ? "no point"
                : library.callouts().points()));
        }
        DhcpMessages.DHCP4_HOOK_CALLOUTS.log(LOG, inService);
        return dispatcher;
    }

    /** Whether any library has a callout at {@code point}. */
    public boolean present(HookPoint point) {
        return present.contains(point);
    }

    /** Whether any of the lease points (select, renew, release, expire) has a callout. */
    public boolean leasePointsPresent() {
        return !lease4Select.isEmpty() || !lease4Renew.isEmpty() || !lease4Release.isEmpty()
            || !lease4Expire.isEmpty();
    }

    /** pkt4-receive: SKIP and DROP both drop the packet. */
    public Verdict pkt4Receive(Dhcp4Message query, String interfaceName) {
        if (pkt4Receive.isEmpty()) {
            return Verdict.continueAt(HookPoint.PKT4_RECEIVE);
        }
        return run(HookPoint.PKT4_RECEIVE, pkt4Receive,
            new ReadOnlyContexts.Pkt4Receive(HookValues.packet(query), interfaceName), subject(query));
    }

    /** subnet4-select: the subnet the callouts leave chosen (among {@code candidates}), and the verdict. */
    public Decision<Subnet4> subnet4Select(Dhcp4Message query, String interfaceName, Subnet4 selected,
            List<Subnet4> candidates) {
        if (subnet4Select.isEmpty()) {
            return new Decision<>(Verdict.continueAt(HookPoint.SUBNET4_SELECT), selected);
        }
        SubnetChoice choice = new SubnetChoice(HookValues.packet(query), interfaceName, selected, candidates);
        Verdict verdict = run(HookPoint.SUBNET4_SELECT, subnet4Select, choice, subject(query));
        return new Decision<>(verdict, choice.chosen());
    }

    /** lease4-select, for a lease about to be offered ({@code offerOnly}) or committed. */
    public Verdict lease4Select(Dhcp4Message query, Subnet4 subnet, Lease4 lease, boolean offerOnly) {
        if (lease4Select.isEmpty()) {
            return Verdict.continueAt(HookPoint.LEASE4_SELECT);
        }
        return run(HookPoint.LEASE4_SELECT, lease4Select, new ReadOnlyContexts.Lease4Select(
            HookValues.packet(query), HookValues.subnet(subnet), HookValues.lease(lease), offerOnly), subject(query));
    }

    /** lease4-renew, for the client's lease as it would be extended. */
    public Verdict lease4Renew(Dhcp4Message query, Subnet4 subnet, Lease4 renewed) {
        if (lease4Renew.isEmpty()) {
            return Verdict.continueAt(HookPoint.LEASE4_RENEW);
        }
        return run(HookPoint.LEASE4_RENEW, lease4Renew, new ReadOnlyContexts.Lease4Renew(HookValues.packet(query),
            HookValues.subnet(subnet), HookValues.lease(renewed)), subject(query));
    }

    /** lease4-release, for the lease a DHCPRELEASE would remove. */
    public Verdict lease4Release(Dhcp4Message query, Lease4 lease) {
        if (lease4Release.isEmpty()) {
            return Verdict.continueAt(HookPoint.LEASE4_RELEASE);
        }
        return run(HookPoint.LEASE4_RELEASE, lease4Release,
            new ReadOnlyContexts.Lease4Release(HookValues.packet(query), HookValues.lease(lease)), subject(query));
    }

    /**
     * lease4-expire, for an expired lease being reclaimed; callable without a packet, e.g. by background reclamation.
     * DROP is not supported there and comes back as CONTINUE.
     */
    public Verdict lease4Expire(Lease4 expired) {
        if (lease4Expire.isEmpty()) {
            return Verdict.continueAt(HookPoint.LEASE4_EXPIRE);
        }
        Verdict verdict = run(HookPoint.LEASE4_EXPIRE, lease4Expire,
            new ReadOnlyContexts.Lease4Expire(HookValues.lease(expired)),
            "expired lease " + expired.address().getHostAddress());
        return verdict.is(NextStep.DROP) ? Verdict.continueAt(HookPoint.LEASE4_EXPIRE) : verdict;
    }

    /** pkt4-send: the response as the callouts left it (the same object if none changed it), and the verdict. */
    public Decision<Dhcp4Message> pkt4Send(Dhcp4Message query, Dhcp4Message response) {
        if (pkt4Send.isEmpty()) {
            return new Decision<>(Verdict.continueAt(HookPoint.PKT4_SEND), response);
        }
        ResponseEdit edit = new ResponseEdit(query, response);
        Verdict verdict = run(HookPoint.PKT4_SEND, pkt4Send, edit, subject(query));
        return new Decision<>(verdict, edit.result());
    }

    private <C> Verdict run(HookPoint point, List<RegisteredCallout<C>> callouts, PointContext<C> context,
            String subject) {
        NextStep strongest = NextStep.CONTINUE;
        String decidedBy = "";
        for (RegisteredCallout<C> callout : callouts) {
            NextStep step = runner.run(point, callout, context, subject);
            if (strongest.strongest(step) != strongest) {
                strongest = step;
                decidedBy = callout.library();
            }
            if (step == NextStep.DROP) {
                break;
            }
        }
        if (strongest == NextStep.CONTINUE) {
            return Verdict.continueAt(point);
        }
        Verdict verdict = new Verdict(point, strongest, decidedBy);
        DhcpMessages.DHCP4_HOOK_VERDICT.log(LOG, subject, verdict.describe());
        return verdict;
    }

    private <C> List<RegisteredCallout<C>> collect(HookLibraries libraries, HookPoint point, Class<C> contextType,
            HookCounters counters) {
        List<RegisteredCallout<C>> callouts = new ArrayList<>();
        for (ConfiguredHookLibrary library : libraries.libraries()) {
            library.callouts().at(point, contextType).ifPresent(callout -> callouts.add(new RegisteredCallout<>(
                library.name(), callout, library.onFailure(), counters.of(library.name(), point))));
        }
        if (!callouts.isEmpty()) {
            present.add(point);
        }
        return List.copyOf(callouts);
    }

    private static String subject(Dhcp4Message query) {
        return "xid 0x" + Integer.toHexString(query.xid());
    }
}
