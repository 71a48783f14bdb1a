package org.takahe.netconf.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaSourcesTest {

    @TempDir
    Path dir;

    @Test
    void sourcesAreFoundByNameAndRevisionWithTheirExactText() throws Exception {
        SchemaSources sources = SchemaSources.read(List.of(
            write("m@2020-01-01.yang", "module m { /* old */ }"),
            write("m@2021-01-01.yang", "module m { /* new \u00e9 */ }"),
            write("plain.yang", "module plain {}")));

        assertEquals(2, sources.find("m", Optional.empty()).size());
        assertEquals("module m { /* new \u00e9 */ }", sources.find("m", Optional.of("2021-01-01")).getFirst().text());
        assertEquals(Optional.empty(), sources.find("plain", Optional.of("")).getFirst().revision());
        assertTrue(sources.find("m", Optional.of("1999-01-01")).isEmpty());
        assertTrue(SchemaSources.none().find("m", Optional.empty()).isEmpty());
    }

    @Test
    void aFileNotNamedAfterItsModuleIsRefused() throws Exception {
        URL odd = write("module.txt", "module m {}");

        assertThrows(IllegalArgumentException.class, () -> SchemaSources.read(List.of(odd)));
    }

    private URL write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file.toUri().toURL();
    }
}
