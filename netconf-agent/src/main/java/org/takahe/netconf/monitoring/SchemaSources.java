package org.takahe.netconf.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YANG texts the server's schema was built from, byte for byte, for RFC 6022 get-schema. Read
 * once at start-up: what a client downloads is what the parser read, even if a file changes later.
 */
public final class SchemaSources {

    /**
     * One module or submodule source.
     *
     * @param revision empty when the file has none
     */
    public record Source(String name, Optional<String> revision, String text) {
    }

    /** {@code name@revision.yang} or {@code name.yang}, as RFC 7950 §5.2 names files. */
    private static final Pattern FILE_NAME = Pattern.compile("([^/@]+)(?:@(\\d{4}-\\d{2}-\\d{2}))?\\.yang");

    private final List<Source> sources;

    private SchemaSources(List<Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * Reads the sources, each named after RFC 7950 §5.2.
     *
     * @throws UncheckedIOException when one cannot be read, as the schema parser would have failed on it too
     * @throws IllegalArgumentException when a file name does not follow §5.2
     */
    public static SchemaSources read(List<URL> urls) {
        return new SchemaSources(urls.stream().map(SchemaSources::readOne).toList());
    }

    /** None: get-schema finds nothing (for a server whose schema was not built from files). */
    public static SchemaSources none() {
        return new SchemaSources(List.of());
    }

    /**
     * The sources with that name and, when given, that revision ("" selects a source without one).
     */
    public List<Source> find(String name, Optional<String> revision) {
        return sources.stream()
            .filter(source -> source.name().equals(name))
            .filter(source -> revision.isEmpty() || revision.get().equals(source.revision().orElse("")))
            .toList();
    }

    private static Source readOne(URL url) {
        String path = url.getPath();
        Matcher matcher = FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(url + " is not named name@revision.yang");
        }
        try (InputStream in = url.openStream()) {
            return new Source(matcher.group(1), Optional.ofNullable(matcher.group(2)),
                new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }
}
