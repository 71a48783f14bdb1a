package org.takahe.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.takahe.datastore.TestModel.SCHEMA;
import static org.takahe.datastore.TestModel.data;
import static org.takahe.datastore.TestModel.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigUrlsTest {

    @TempDir
    Path directory;

    private ConfigUrls urls;

    @BeforeEach
    void open() throws DatastoreException {
        urls = InMemoryConfigDatastore.open(SCHEMA, DatastoreFiles.in(directory.resolve("data")), Optional.empty(),
            List.of()).urls().orElseThrow();
    }

    private String url(String relative) {
        return directory.resolve(relative).toAbsolutePath().toUri().toString();
    }

    @Test
    void configurationWrittenToAFileUrlInsideTheDataDirectoryReadsBack() throws Exception {
        urls.write(url("data/backup/monday.xml"), data(server("<name>monday</name>")));

        assertEquals(data(server("<name>monday</name>")), urls.read(url("data/backup/monday.xml")));
        urls.delete(url("data/backup/monday.xml"));
        assertEquals(false, Files.exists(directory.resolve("data/backup/monday.xml")));
    }

    @Test
    void filesBesideTheDatastoresThatAreNotConfigurationsAreRefused() throws Exception {
        Files.createDirectories(directory.resolve("data"));
        Files.writeString(directory.resolve("data/users"), "admin:secret");

        for (String refused : List.of(url("data/users"), url("data/ssh_host_key"), url("data/rollback.xml"),
                url("data/running.xml.tmp"))) {
            DatastoreException e = assertThrows(DatastoreException.class,
                () -> urls.write(refused, DataRoots.empty()), refused);
            assertEquals(ErrorTag.INVALID_VALUE, e.tag(), refused);
        }
        assertEquals("admin:secret", Files.readString(directory.resolve("data/users")));
    }

    @Test
    void urlsOutsideTheDataDirectoryAreRefused() throws Exception {
        Files.writeString(directory.resolve("secret.xml"), "<config/>");

        for (String refused : List.of(url("secret.xml"), url("data") + "/../secret.xml", "http://198.18.0.1/x.xml",
                "file://elsewhere" + directory.resolve("data/x.xml"), "ftp:x", "not a url", url("data/running.xml"),
                url("data"))) {
            DatastoreException e = assertThrows(DatastoreException.class, () -> urls.read(refused), refused);
            assertEquals(ErrorTag.INVALID_VALUE, e.tag(), refused);
            assertEquals(Optional.of("url"), e.badElement());
        }
    }

    @Test
    void symbolicLinksInsideTheDataDirectoryAreNotFollowed() throws Exception {
        Files.writeString(directory.resolve("secret.xml"), "<config/>");
        Files.createSymbolicLink(directory.resolve("data/link.xml"), directory.resolve("secret.xml"));

        assertThrows(DatastoreException.class, () -> urls.read(url("data/link.xml")));
    }
}
