package org.takahe.netconf;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.takahe.datastore.SchemaLoadException;
import org.takahe.datastore.YangSchemas;
import org.takahe.yang.YangModules;

/** The server's real modules (with the standard management ones) plus the small nctest module. */
public final class ManagementSchema {

    private static @Nullable EffectiveModelContext loaded;

    private ManagementSchema() {
    }

    /** Every source, each named name@revision.yang. */
    public static List<URL> sources() {
        List<URL> sources = new ArrayList<>(YangModules.sources());
        sources.add(ManagementSchema.class.getResource("/yang/nctest@2024-06-01.yang"));
        return sources;
    }

    /** Parsed once per test run: the schema is immutable and takes seconds to build. */
    public static synchronized EffectiveModelContext load() {
        if (loaded == null) {
            try {
                loaded = YangSchemas.load(sources());
            } catch (SchemaLoadException e) {
                throw new IllegalStateException(e);
            }
        }
        return loaded;
    }
}
