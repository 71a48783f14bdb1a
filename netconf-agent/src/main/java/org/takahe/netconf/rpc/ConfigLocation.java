package org.takahe.netconf.rpc;

import org.takahe.datastore.DatastoreName;
import org.w3c.dom.Element;

/** Where a configuration is read from or written to: a datastore, a URL (:url), or inline {@code <config>}. */
sealed interface ConfigLocation {

    record Datastore(DatastoreName name) implements ConfigLocation {
    }

    record Url(String url) implements ConfigLocation {
    }

    /** A {@code <config>} element given in the rpc itself (only as a source). */
    record Inline(Element config) implements ConfigLocation {
    }
}
