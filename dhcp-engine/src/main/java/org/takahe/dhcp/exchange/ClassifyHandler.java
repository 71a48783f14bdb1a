package org.takahe.dhcp.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.DhcpMessages;

/**
 * Classifies the request right after validation, so subnet selection, pools, options and boot fields can all ask
 * {@link Reply4.Builder#classes()}. Classes that depend on KNOWN/UNKNOWN are added later, by the lease handler,
 * once the host reservation lookup has run.
 */
final class ClassifyHandler implements Handler4 {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifyHandler.class);

    private final ClientClassifier classifier;

    ClassifyHandler(ClientClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Step handle(Request4 request, Reply4.Builder reply) {
        reply.classes(classifier.onReceipt(request));
        DhcpMessages.DHCP4_CLASSES_ASSIGNED.log(LOG, request.xid(), request.client(), reply.classes());
        return Step.CONTINUE;
    }
}
