package org.takahe.netconf;

import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;

/**
 * Supplies the operational (config false) data that a {@code <get>} overlays on running, such as
 * lease counts. Called once per {@code <get>}, from a session thread; must be safe for concurrent use.
 */
@FunctionalInterface
public interface StateProvider {

    /** The current state data, rooted like the datastores (an empty container when there is none). */
    ContainerNode state();
}
