package org.takahe.netconf.rpc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.datastore.ErrorTag;
import org.takahe.netconf.NetconfMessages;
import org.w3c.dom.Element;

/**
 * {@code <commit>}: the candidate becomes running, optionally as a confirmed commit
 * (RFC 6241 §8.4.5.1: confirmed, confirm-timeout, persist, persist-id).
 */
final class CommitHandler implements RpcHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CommitHandler.class);

    private static final List<String> PARAMETERS = List.of("confirmed", "confirm-timeout", "persist", "persist-id");

    private final ConfirmedCommits confirmedCommits;

    CommitHandler(ConfirmedCommits confirmedCommits) {
        this.confirmedCommits = confirmedCommits;
    }

    @Override
    public RpcOutput handle(RpcRequest request) throws RpcException {
        Element operation = request.operation();
        for (Element child : NetconfXml.childElements(operation)) {
            String name = child.getLocalName();
            if (!NetconfXml.BASE_NS.equals(child.getNamespaceURI())
                    || !PARAMETERS.contains(name)) {
                throw new RpcException(RpcError.of(ErrorType.PROTOCOL, ErrorTag.UNKNOWN_ELEMENT,
                    "commit has no parameter " + name).withInfo("bad-element", name));
            }
        }
        boolean confirmed = NetconfXml.baseChild(operation, "confirmed").isPresent();
        Optional<String> persist = NetconfXml.baseChild(operation, "persist").map(NetconfXml::text);
        Optional<Element> timeoutElement = NetconfXml.baseChild(operation, "confirm-timeout");
        if (!confirmed && (persist.isPresent() || timeoutElement.isPresent())) {
            String name = persist.isPresent() ? "persist" : "confirm-timeout";
            throw new RpcException(RpcError.badElement(name, name + " is allowed only with confirmed"));
        }
        Duration timeout = timeoutElement.isEmpty() ? ConfirmedCommits.DEFAULT_TIMEOUT
            : Duration.ofSeconds(timeoutSeconds(NetconfXml.text(timeoutElement.get())));
        Optional<String> persistId = NetconfXml.baseChild(operation, "persist-id").map(NetconfXml::text);
        long sessionId = request.session().sessionId();
        confirmedCommits.commit(sessionId, new ConfirmedCommits.Request(confirmed, timeout, persist, persistId));
        NetconfMessages.NETCONF_CONFIG_COMMITTED.log(LOG, sessionId, request.session().user());
        return RpcOutput.OK;
    }

    /** confirm-timeout is a uint32 of seconds, at least 1. */
    private static long timeoutSeconds(String text) throws RpcException {
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 1 && seconds <= 0xFFFF_FFFFL) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RpcException(RpcError.invalidValue("confirm-timeout",
            "confirm-timeout must be a number of seconds from 1 to 4294967295"));
    }
}
