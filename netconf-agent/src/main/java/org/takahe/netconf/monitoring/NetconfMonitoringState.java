package org.takahe.netconf.monitoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendaylight.yangtools.yang.common.Uint32;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.data.api.schema.DataContainerChild;
import org.opendaylight.yangtools.yang.data.api.schema.MapEntryNode;
import org.takahe.datastore.DatastoreName;
import org.takahe.netconf.rpc.DatastoreLocks;
import org.takahe.netconf.rpc.RpcCounter;
import org.takahe.netconf.rpc.RpcCounters;
import org.takahe.netconf.rpc.SessionRegistry;

/**
 * {@code /netconf-state} of RFC 6022 ietf-netconf-monitoring: capabilities, datastores with their
 * locks, the schemas get-schema serves, the live sessions and the server's counters.
 */
public final class NetconfMonitoringState {

    public static final String NAMESPACE = "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring";
    static final Nodes NCM = new Nodes(NAMESPACE, "2010-10-04");

    private final List<String> capabilities;
    private final ModuleSet modules;
    private final DatastoreLocks locks;
    private final SessionRegistry sessions;

    /** @param capabilities everything the server's hello advertises */
    public NetconfMonitoringState(List<String> capabilities, ModuleSet modules, DatastoreLocks locks,
            SessionRegistry sessions) {
        this.capabilities = List.copyOf(capabilities);
        this.modules = modules;
        this.locks = locks;
        this.sessions = sessions;
    }

    /** The netconf-state container as it is now. */
    public ContainerNode netconfState() {
        return NCM.container("netconf-state",
            NCM.container("capabilities", NCM.leafList("capability", capabilities)),
            datastores(),
            schemas(),
            NCM.container("sessions", NCM.list("session", sessions.sessions().stream()
                .map(NetconfMonitoringState::session).toList())),
            statistics());
    }

    private ContainerNode datastores() {
        Map<DatastoreName, DatastoreLocks.Lock> held = locks.held();
        List<MapEntryNode> entries = new ArrayList<>();
        for (DatastoreName datastore : DatastoreName.values()) {
            List<DataContainerChild> children = new ArrayList<>();
            DatastoreLocks.Lock lock = held.get(datastore);
            if (lock != null) {
                children.add(NCM.container("locks", NCM.choice("lock-type", NCM.container("global-lock",
                    NCM.leaf("locked-by-session", Uint32.valueOf(lock.sessionId())),
                    NCM.leaf("locked-time", dateAndTime(lock.lockedTime()))))));
            }
            entries.add(NCM.entry("datastore", Nodes.keys("name", datastore.xmlName()), children));
        }
        return NCM.container("datastores", NCM.list("datastore", entries));
    }

    private ContainerNode schemas() {
        List<MapEntryNode> entries = new ArrayList<>();
        for (ModuleSet.ModuleInfo module : modules.modules()) {
            entries.add(schema(module.name(), module.revision(), module.namespace()));
            module.submodules().forEach(sub -> entries.add(schema(sub.name(), sub.revision(), module.namespace())));
        }
        return NCM.container("schemas", NCM.list("schema", entries));
    }

    /** Every schema is served by get-schema, so its only location is "NETCONF". */
    private static MapEntryNode schema(String identifier, Optional<String> revision, String namespace) {
        return NCM.entry("schema", Nodes.keys("identifier", identifier, "version", revision.orElse(""),
            "format", NCM.name("yang")), List.of(
                NCM.leaf("namespace", namespace),
                NCM.leafList("location", List.of("NETCONF"))));
    }

    private static MapEntryNode session(SessionRegistry.SessionInfo session) {
        List<DataContainerChild> children = new ArrayList<>();
        children.add(NCM.leaf("transport", NCM.name("netconf-ssh")));
        children.add(NCM.leaf("username", session.user()));
        session.sourceHost().ifPresent(host -> children.add(NCM.leaf("source-host", host)));
        children.add(NCM.leaf("login-time", dateAndTime(session.loginTime())));
        children.addAll(counters(session.counters()));
        return NCM.entry("session", Nodes.keys("session-id", Uint32.valueOf(session.sessionId())), children);
    }

    private ContainerNode statistics() {
        SessionRegistry.Statistics statistics = sessions.statistics();
        List<DataContainerChild> children = new ArrayList<>();
        children.add(NCM.leaf("netconf-start-time", dateAndTime(statistics.startTime())));
        children.add(NCM.leaf("in-bad-hellos", counter32(statistics.inBadHellos())));
        children.add(NCM.leaf("in-sessions", counter32(statistics.inSessions())));
        children.add(NCM.leaf("dropped-sessions", counter32(statistics.droppedSessions())));
        children.addAll(counters(statistics.totals()));
        return NCM.container("statistics", children);
    }

    private static List<DataContainerChild> counters(RpcCounters counters) {
        return List.of(
            NCM.leaf("in-rpcs", counter32(counters.get(RpcCounter.IN_RPCS))),
            NCM.leaf("in-bad-rpcs", counter32(counters.get(RpcCounter.IN_BAD_RPCS))),
            NCM.leaf("out-rpc-errors", counter32(counters.get(RpcCounter.OUT_RPC_ERRORS))),
            NCM.leaf("out-notifications", counter32(counters.get(RpcCounter.OUT_NOTIFICATIONS))));
    }

    /** A zero-based-counter32 wraps at 2^32 (RFC 6991). */
    private static Uint32 counter32(long value) {
        return Uint32.fromIntBits((int) value);
    }

    /** yang:date-and-time in UTC, to the second. */
    static String dateAndTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
