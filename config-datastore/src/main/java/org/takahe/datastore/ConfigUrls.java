package org.takahe.datastore;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import org.opendaylight.yangtools.yang.data.api.schema.ContainerNode;
import org.takahe.datastore.xml.XmlDataCodec;
import org.w3c.dom.Element;

/**
 * Configuration files named by URL (RFC 6241 §8.8, the :url capability), limited to {@code file:}
 * URLs inside the data directory: a client must not read or overwrite anything else on the host,
 * nor the datastores' own files behind their backs. Symbolic links are refused for the same reason.
 */
public final class ConfigUrls {

    /** The URL schemes served; the capability advertises them. */
    public static final String SCHEMES = "file";

    private final Path directory;
    private final DatastoreFiles files;
    private final XmlDataCodec codec;

    ConfigUrls(DatastoreFiles files, XmlDataCodec codec) {
        this.directory = files.directory();
        this.files = files;
        this.codec = codec;
    }

    /** The configuration in the file the URL names. */
    public ContainerNode read(String url) throws DatastoreException {
        Path path = resolve(url);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(url, "no such file");
        }
        try {
            return new ConfigFile(path, codec).read().orElseThrow(() -> refused(url, "no such file"));
        } catch (DatastoreException e) {
            throw e.withMessage("the configuration at " + url + " is unusable: " + e.getMessage());
        }
    }

    /**
     * The file's {@code <config>} element as XML, for an edit-config whose edits (with their
     * operation attributes) are in a file.
     */
    public Element readElement(String url) throws DatastoreException {
        Path path = resolve(url);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(url, "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return XmlDataCodec.parseSecure(in).getDocumentElement();
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot read " + url + ": " + e.getMessage(), e);
        }
    }

    /** Writes the configuration to the file the URL names, replacing it atomically. */
    public synchronized void write(String url, ContainerNode content) throws DatastoreException {
        Path path = resolve(url);
        try {
            new ConfigFile(path, codec).write(content);
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot write " + url + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file the URL names. */
    public void delete(String url) throws DatastoreException {
        Path path = resolve(url);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(url, "no such file");
        }
        try {
            new ConfigFile(path, codec).delete();
        } catch (IOException e) {
            throw new DatastoreException(ErrorTag.OPERATION_FAILED, Optional.empty(),
                "cannot delete " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file a URL names, if it is a {@code file:} URL inside the data directory, not a symbolic
     * link, named {@code *.xml} (so the users, keys and lease files beside the datastores are out of
     * reach) and not one of the datastores' own files.
     */
    Path resolve(String url) throws DatastoreException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw refused(url, "not a URL");
        }
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw refused(url, "only file: URLs are served");
        }
        if (uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()
                && !"localhost".equalsIgnoreCase(uri.getRawAuthority())) {
            throw refused(url, "only local files are served");
        }
        if (uri.getPath() == null || uri.getPath().isEmpty() || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw refused(url, "a file: URL names a file by its absolute path");
        }
        Path path = Path.of(uri.getPath()).toAbsolutePath().normalize();
        if (!path.startsWith(directory) || path.equals(directory)) {
            throw refused(url, "only files inside the data directory " + directory + " are served");
        }
        if (!path.getFileName().toString().endsWith(".xml")) {
            throw refused(url, "only configuration files, named *.xml, are served");
        }
        if (path.equals(files.running()) || path.equals(files.startup()) || path.equals(files.rollback())) {
            throw refused(url, "the datastores' own files are reached through <running/> and <startup/>");
        }
        for (Path step = path; step != null && step.startsWith(directory) && !step.equals(directory);
                step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                throw refused(url, "symbolic links are not followed");
            }
        }
        return path;
    }

    private static DatastoreException refused(String url, String why) {
        return new DatastoreException(ErrorTag.INVALID_VALUE, Optional.empty(),
            DatastoreException.BadNode.element("url"), "url " + url + " refused: " + why);
    }
}
