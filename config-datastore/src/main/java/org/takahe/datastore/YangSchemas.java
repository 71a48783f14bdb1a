package org.takahe.datastore;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.opendaylight.yangtools.yang.model.api.meta.StatementSourceException;
import org.opendaylight.yangtools.yang.model.spi.source.URLYangTextSource;
import org.opendaylight.yangtools.yang.parser.api.YangParser;
import org.opendaylight.yangtools.yang.parser.api.YangParserException;
import org.opendaylight.yangtools.yang.parser.impl.DefaultYangParserFactory;

/** Builds the schema every datastore is validated against from YANG module texts. */
public final class YangSchemas {

    private YangSchemas() {
    }

    /**
     * Parses the modules (each URL one {@code name[@revision].yang} file) and links them into one
     * schema; imports must be among the sources.
     *
     * @throws SchemaLoadException naming the module that could not be read, parsed or linked
     */
    // yangtools 14.0.21 deprecates the factory for its Dagger component, which needs the Dagger
    // runtime on the class path; the factory stays the dependency-free way until then.
    @SuppressWarnings("removal")
    public static EffectiveModelContext load(List<URL> sources) throws SchemaLoadException {
        YangParser parser = new DefaultYangParserFactory().createParser();
        for (URL source : sources) {
            try {
                parser.addSource(new URLYangTextSource(source));
            } catch (IOException | YangParserException | RuntimeException e) {
                throw new SchemaLoadException("YANG module " + fileName(source) + " cannot be parsed: "
                    + e.getMessage(), e);
            }
        }
        try {
            return parser.buildEffectiveModel();
        } catch (YangParserException | RuntimeException e) {
            // The reactor reports the failing statement's source (module file, line) deep in the causes.
            throw new SchemaLoadException("YANG modules do not form a valid schema"
                + culprit(e) + ": " + e.getMessage(), e);
        }
    }

    private static String culprit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StatementSourceException sse) {
                return " (at " + sse.sourceRef() + ")";
            }
        }
        return "";
    }

    private static String fileName(URL source) {
        String path = source.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
