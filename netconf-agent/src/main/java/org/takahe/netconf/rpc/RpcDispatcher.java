package org.takahe.netconf.rpc;

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

    /** @param handlers by operation name, for operations in the NETCONF base namespace */
    public RpcDispatcher(Map<String, RpcHandler> handlers, RpcReplies replies) {
        this.handlers = Map.copyOf(handlers);
        this.replies = replies;
    }

    /** The RFC 6241 operations this agent implements. */
    public static RpcDispatcher standard(ConfigDatastore datastore, XmlDataCodec codec, StateProvider state,
            DatastoreLocks locks, SessionRegistry sessions) {
        DataElements dataElements = new DataElements(codec);
        return new RpcDispatcher(Map.of(
            "get", new GetHandler(datastore, state, dataElements),
            "get-config", new GetConfigHandler(datastore, dataElements),
            "edit-config", new EditConfigHandler(datastore, codec, locks),
            "commit", new CommitHandler(datastore, locks),
            "discard-changes", new DiscardChangesHandler(datastore, locks),
            "lock", LockHandler.lock(locks),
            "unlock", LockHandler.unlock(locks),
            "close-session", new CloseSessionHandler(),
            "kill-session", new KillSessionHandler(sessions, locks)),
            new RpcReplies(ErrorPaths.prefixes(datastore.schema())));
    }

    public byte[] dispatch(byte[] message, SessionContext session) {
        Document request;
        try {
            request = NetconfXml.parse(message);
        } catch (NetconfXml.MalformedXmlException e) {
            NetconfMessages.NETCONF_MALFORMED_MESSAGE.log(LOG, session.sessionId(), e.getMessage());
            return NetconfXml.serialize(replies.error(null, RpcError.of(ErrorType.RPC, ErrorTag.MALFORMED_MESSAGE,
                "the message is not well-formed XML")));
        }
        Element rpc = request.getDocumentElement();
        String operationName = "?";
        try {
            Element operation = operation(rpc);
            operationName = operation.getLocalName();
            RpcHandler handler = NetconfXml.BASE_NS.equals(operation.getNamespaceURI())
                ? handlers.get(operationName) : null;
            if (handler == null) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.OPERATION_NOT_SUPPORTED,
                    "operation " + operationName + " is not supported").withInfo("bad-element", operationName));
            }
            return NetconfXml.serialize(replies.reply(rpc, handler.handle(new RpcRequest(operation, session))));
        } catch (RpcException e) {
            RpcError error = e.error();
            NetconfMessages.NETCONF_RPC_ERROR_SENT.log(LOG, session.sessionId(), operationName,
                error.tag().xmlName(), error.message());
            return NetconfXml.serialize(replies.error(rpc, error));
        } catch (RuntimeException e) {
            NetconfMessages.NETCONF_RPC_FAILED_INTERNAL.log(LOG, session.sessionId(), operationName, e);
            return NetconfXml.serialize(replies.error(rpc, RpcError.of(ErrorType.APPLICATION,
                ErrorTag.OPERATION_FAILED, "internal error; see the server log")));
        }
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
