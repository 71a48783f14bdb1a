package org.takahe.netconf.rpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ConfigDatastore;
import org.takahe.datastore.ErrorPaths;
import org.takahe.datastore.ErrorTag;
import org.takahe.datastore.xml.XmlDataCodec;
import org.takahe.netconf.NetconfMessages;
import org.takahe.netconf.StateProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Parses one {@code <rpc>} message, routes its operation to the handler registered under the
 * operation's name, and returns the serialised {@code <rpc-reply>}. Every failure, including XML
 * that does not parse, becomes an rpc-error reply; the session stays usable.
 */
public final class RpcDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RpcDispatcher.class);

    private final Map<String, RpcHandler> handlers;
    private final RpcReplies replies;
    private final SessionRegistry sessions;

    /**
     * @param handlers by operation name: the bare name for operations in the NETCONF base
     *     namespace, {@link #qualified} names for the others
     * @param sessions counts each session's rpcs and errors (RFC 6022)
     */
    public RpcDispatcher(Map<String, RpcHandler> handlers, RpcReplies replies, SessionRegistry sessions) {
        this.handlers = Map.copyOf(handlers);
        this.replies = replies;
        this.sessions = sessions;
    }

    /** The RFC 6241 operations this agent implements. */
    public static RpcDispatcher standard(ConfigDatastore datastore, XmlDataCodec codec, StateProvider state,
            DatastoreLocks locks, SessionRegistry sessions, ConfirmedCommits confirmedCommits, ServerEvents events) {
        DataElements dataElements = new DataElements(codec);
        ConfigLocations locations = new ConfigLocations(datastore, codec);
        return new RpcDispatcher(Map.ofEntries(
            Map.entry("get", new GetHandler(datastore, state, dataElements)),
            Map.entry("get-config", new GetConfigHandler(datastore, dataElements)),
            Map.entry("edit-config", new EditConfigHandler(datastore, codec, locks, locations)),
            Map.entry("commit", new CommitHandler(confirmedCommits)),
            Map.entry("cancel-commit", new CancelCommitHandler(confirmedCommits)),
            Map.entry("discard-changes", new DiscardChangesHandler(datastore, locks)),
            Map.entry("lock", LockHandler.lock(locks)),
            Map.entry("unlock", LockHandler.unlock(locks)),
            Map.entry("close-session", new CloseSessionHandler()),
            Map.entry("kill-session", new KillSessionHandler(sessions, locks, events)),
            Map.entry("copy-config", new CopyConfigHandler(datastore, locations, locks)),
            Map.entry("delete-config", new DeleteConfigHandler(datastore, locations, locks)),
            Map.entry("validate", new ValidateHandler(datastore, locations))),
            new RpcReplies(ErrorPaths.prefixes(datastore.schema())), sessions);
    }

    /** The key of an operation outside the base namespace, in Clark notation: {@code {namespace}name}. */
    public static String qualified(String namespace, String localName) {
        return "{" + namespace + "}" + localName;
    }

    /** This dispatcher with more operations (keys as in the constructor); a key already there is replaced. */
    public RpcDispatcher with(Map<String, RpcHandler> more) {
        Map<String, RpcHandler> all = new HashMap<>(handlers);
        all.putAll(more);
        return new RpcDispatcher(all, replies, sessions);
    }

    /**
     * The handler registered under a key (as in the constructor), for operations built on another.
     *
     * @throws IllegalArgumentException when there is none
     */
    public RpcHandler handler(String key) {
        RpcHandler handler = handlers.get(key);
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + key);
        }
        return handler;
    }

    public byte[] dispatch(byte[] message, SessionContext session) {
        Document request;
        try {
            request = NetconfXml.parse(message);
        } catch (NetconfXml.MalformedXmlException e) {
            NetconfMessages.NETCONF_MALFORMED_MESSAGE.log(LOG, session.sessionId(), e.getMessage());
            sessions.count(session.sessionId(), RpcCounter.IN_BAD_RPCS);
            sessions.count(session.sessionId(), RpcCounter.OUT_RPC_ERRORS);
            // malformed-message is new in base:1.1 and must not reach a base:1.0 client (RFC 6241 Appendix A).
            ErrorTag tag = session.base11() ? ErrorTag.MALFORMED_MESSAGE : ErrorTag.OPERATION_FAILED;
            return NetconfXml.serialize(replies.error(null, RpcError.of(ErrorType.RPC, tag,
                "the message is not well-formed XML")));
        }
        Element rpc = request.getDocumentElement();
        String operationName = "?";
        boolean correctRpc = false;
        try {
            Element operation = operation(rpc);
            correctRpc = true;
            sessions.count(session.sessionId(), RpcCounter.IN_RPCS);
            operationName = operation.getLocalName();
            String namespace = operation.getNamespaceURI();
            RpcHandler handler = handlers.get(NetconfXml.BASE_NS.equals(namespace) ? operationName
                : qualified(String.valueOf(namespace), operationName));
            if (handler == null) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.OPERATION_NOT_SUPPORTED,
                    "operation " + operationName + " is not supported").withInfo("bad-element", operationName));
            }
            return replies.encode(rpc, handler.handle(new RpcRequest(operation, session)));
        } catch (RpcException e) {
            RpcError error = e.error();
            if (!correctRpc) {
                sessions.count(session.sessionId(), RpcCounter.IN_BAD_RPCS);
            }
            sessions.count(session.sessionId(), RpcCounter.OUT_RPC_ERRORS);
            NetconfMessages.NETCONF_RPC_ERROR_SENT.log(LOG, session.sessionId(), operationName,
                error.tag().xmlName(), error.message());
            return NetconfXml.serialize(replies.errors(rpc, e.errors()));
        } catch (RuntimeException e) {
            NetconfMessages.NETCONF_RPC_FAILED_INTERNAL.log(LOG, session.sessionId(), operationName, e);
            sessions.count(session.sessionId(), RpcCounter.OUT_RPC_ERRORS);
            return NetconfXml.serialize(replies.error(rpc, RpcError.of(ErrorType.APPLICATION,
                ErrorTag.OPERATION_FAILED, "internal error; see the server log")));
        }
    }

    /**
     * The reply to a message the framing dropped because it exceeded the size limit: too-big,
     * without a message-id, which was never read.
     */
    public byte[] tooBig(SessionContext session, int limit) {
        NetconfMessages.NETCONF_MESSAGE_TOO_BIG.log(LOG, session.sessionId(), limit);
        sessions.count(session.sessionId(), RpcCounter.IN_BAD_RPCS);
        sessions.count(session.sessionId(), RpcCounter.OUT_RPC_ERRORS);
        return NetconfXml.serialize(replies.error(null, RpcError.of(ErrorType.RPC, ErrorTag.TOO_BIG,
            "the message exceeds the limit of " + limit + " bytes and was dropped unread")));
    }

    /** Checks the rpc envelope (RFC 6241 §4.1) and returns its single operation element. */
    private static Element operation(Element rpc) throws RpcException {
        if (!NetconfXml.isBase(rpc, "rpc")) {
            throw new RpcException(RpcError.of(ErrorType.RPC, ErrorTag.UNKNOWN_ELEMENT,
                "expected an rpc element").withInfo("bad-element", rpc.getLocalName() == null
                    ? rpc.getTagName() : rpc.getLocalName()));
        }
        if (!rpc.hasAttribute("message-id")) {
            throw new RpcException(RpcError.of(ErrorType.RPC, ErrorTag.MISSING_ATTRIBUTE,
                "rpc has no message-id").withInfo("bad-attribute", "message-id").withInfo("bad-element", "rpc"));
        }
        List<Element> children = NetconfXml.childElements(rpc);
        if (children.isEmpty()) {
            throw new RpcException(RpcError.of(ErrorType.RPC, ErrorTag.MISSING_ELEMENT, "rpc holds no operation")
                .withInfo("bad-element", "rpc"));
        }
        if (children.size() > 1) {
            throw new RpcException(RpcError.of(ErrorType.RPC, ErrorTag.BAD_ELEMENT,
                "rpc holds more than one operation").withInfo("bad-element", children.get(1).getLocalName()));
        }
        return children.getFirst();
    }
}
