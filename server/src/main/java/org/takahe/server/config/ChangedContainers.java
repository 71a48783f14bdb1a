package org.takahe.server.config;

import java.util.Set;
import org.opendaylight.yangtools.yang.common.QName;
import org.opendaylight.yangtools.yang.data.tree.api.DataTreeCandidateNode;
import org.opendaylight.yangtools.yang.data.tree.api.ModificationType;
import org.takahe.datastore.ConfigChange;

/**
 * Which top-level containers a commit changed, read from the datastore's node-by-node candidate: a participant
 * whose containers are untouched has nothing to translate or apply (an edit of DHCPv4 ranges costs the DHCPv6
 * participant nothing, and the other way round).
 */
public final class ChangedContainers {

    private ChangedContainers() {
    }

    /** Whether the commit created, changed or deleted anything in one of these top-level containers. */
    public static boolean touches(ConfigChange change, Set<QName> topLevel) {
        for (DataTreeCandidateNode child : change.candidate().getRootNode().childNodes()) {
            if (child.modificationType() != ModificationType.UNMODIFIED
                    && topLevel.contains(child.name().getNodeType())) {
                return true;
            }
        }
        return false;
    }
}
