package org.takahe.server.config;

import org.opendaylight.yangtools.yang.data.api.YangInstanceIdentifier;

/** The YANG configuration cannot be served as it stands: which node, and why. */
public final class ConfigRefusal extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient YangInstanceIdentifier path;

    public ConfigRefusal(YangInstanceIdentifier path, String message) {
        super(message);
        this.path = path;
    }

    public YangInstanceIdentifier path() {
        return path;
    }
}
