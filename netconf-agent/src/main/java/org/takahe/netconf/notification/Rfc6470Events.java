package org.takahe.netconf.notification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.DatastoreName;
import org.takahe.datastore.ErrorPaths;
import org.takahe.netconf.SessionListener;
import org.takahe.netconf.TerminationReason;
import org.takahe.netconf.rpc.ConfirmEvent;
import org.takahe.netconf.rpc.ServerEvents;
import org.w3c.dom.Element;

/**
 * Raises the RFC 6470 events (module ietf-netconf-notifications) on the NETCONF stream:
 * netconf-config-change, netconf-session-start and -end, netconf-confirmed-commit. There is no
 * netconf-capability-change: this server's capabilities are fixed while it runs.
 */
public final class Rfc6470Events implements ServerEvents, SessionListener {

    static final String NS = "urn:ietf:params:xml:ns:yang:ietf-netconf-notifications";
    /** The address part of an InetSocketAddress's text, e.g. "/192.0.2.1:830" or "/[2001:db8::1]:830". */
    private static final Pattern SOCKET_ADDRESS = Pattern.compile("^[^/]*/\\[?([0-9A-Fa-f:.%a-zA-Z]+?)\\]?:[0-9]+$");

    /** Who a session is, for the common-session-parms of its events. */
    private record Peer(long sessionId, String user, Optional<String> sourceHost) {
    }

    private final NotificationHub hub;
    private final EffectiveModelContext schema;
    private final ConfigEdits edits;
    private final Map<Long, Peer> peers = new ConcurrentHashMap<>();
    private final Map<Long, Long> killers = new ConcurrentHashMap<>();

    public Rfc6470Events(NotificationHub hub, EffectiveModelContext schema, NotificationLimits limits) {
        this.hub = hub;
        this.schema = schema;
        this.edits = new ConfigEdits(limits.editsPerChange());
    }

    @Override
    public void sessionStarted(long sessionId, String user, String remoteAddress) {
        Peer peer = new Peer(sessionId, user, sourceHost(remoteAddress));
        peers.put(sessionId, peer);
        Element event = NotificationXml.newEvent(NS, "netconf-session-start");
        appendSessionParameters(event, peer);
        hub.publish(event);
    }

    @Override
    public void sessionEnded(long sessionId, TerminationReason reason) {
        Peer peer = peers.remove(sessionId);
        Long killer = killers.remove(sessionId);
        if (peer == null) {
            return;
        }
        Element event = NotificationXml.newEvent(NS, "netconf-session-end");
        appendSessionParameters(event, peer);
        if (killer != null) {
            NotificationXml.appendLeaf(event, "killed-by", Long.toString(killer));
        }
        NotificationXml.appendLeaf(event, "termination-reason",
            (killer != null ? TerminationReason.KILLED : reason).xmlName());
        hub.publish(event);
    }

    @Override
    public void sessionKilled(long sessionId, long killedBy) {
        if (peers.containsKey(sessionId)) {
            killers.put(sessionId, killedBy);
        }
    }

    @Override
    public void configChanged(long sessionId, DatastoreName datastore, ContainerNode before, ContainerNode after) {
        List<ConfigEdits.Change> changes = edits.between(before, after);
        if (changes.isEmpty()) {
            return;
        }
        Optional<Peer> peer = Optional.ofNullable(peers.get(sessionId));
        hub.publish(() -> configChangeEvent(peer, datastore, changes));
    }

    private Element configChangeEvent(Optional<Peer> peer, DatastoreName datastore, List<ConfigEdits.Change> changes) {
        Element event = NotificationXml.newEvent(NS, "netconf-config-change");
        Element changedBy = NotificationXml.appendNode(event, "changed-by");
        if (peer.isPresent()) {
            appendSessionParameters(changedBy, peer.get());
        } else {
            NotificationXml.appendNode(changedBy, "server");
        }
        NotificationXml.appendLeaf(event, "datastore", datastore.xmlName());
        for (ConfigEdits.Change change : changes) {
            Element edit = NotificationXml.appendNode(event, "edit");
            String target = ErrorPaths.render(change.path(), schema);
            Element targetElement = NotificationXml.appendLeaf(edit, "target", target);
            // An instance-identifier: the prefixes it uses must be declared where it stands.
            ErrorPaths.prefixesIn(target, schema).forEach((prefix, namespace) -> targetElement.setAttributeNS(
                XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, namespace));
            NotificationXml.appendLeaf(edit, "operation", change.operation().xmlName());
        }
        return event;
    }

    @Override
    public void confirmedCommit(long sessionId, ConfirmEvent confirmEvent, OptionalLong timeoutSeconds) {
        Element event = NotificationXml.newEvent(NS, "netconf-confirmed-commit");
        // RFC 6470: no session parameters for a timeout, which no session caused.
        Optional<Peer> peer = Optional.ofNullable(peers.get(sessionId));
        if (confirmEvent != ConfirmEvent.TIMEOUT && peer.isPresent()) {
            appendSessionParameters(event, peer.get());
        }
        NotificationXml.appendLeaf(event, "confirm-event", confirmEvent.xmlName());
        timeoutSeconds.ifPresent(seconds -> NotificationXml.appendLeaf(event, "timeout", Long.toString(seconds)));
        hub.publish(event);
    }

    /** The grouping common-session-parms: username, session-id, source-host. */
    private static void appendSessionParameters(Element parent, Peer peer) {
        NotificationXml.appendLeaf(parent, "username", peer.user());
        NotificationXml.appendLeaf(parent, "session-id", Long.toString(peer.sessionId()));
        peer.sourceHost().ifPresent(host -> NotificationXml.appendLeaf(parent, "source-host", host));
    }

    /** The client's IP address, when the transport's address text has one. */
    static Optional<String> sourceHost(String remoteAddress) {
        Matcher matcher = SOCKET_ADDRESS.matcher(remoteAddress);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
