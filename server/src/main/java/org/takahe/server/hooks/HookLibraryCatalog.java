package org.takahe.server.hooks;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.dhcp.hooks.api.HookLibrary;
import org.takahe.server.ServerMessages;

/**
 * The hook libraries the server can load: every {@link HookLibrary} provider in the jars of the hooks directories
 * (in directory order, so an operator's directory comes before the packaged one) and on the server's own class
 * path. The directories are looked at again on each lookup; when their jars changed (added, removed, replaced), a
 * new class loader reads them, so dropping a jar in needs no restart. Libraries already configured keep the
 * classes they were loaded with until a commit configures them anew.
 */
public final class HookLibraryCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(HookLibraryCatalog.class);

    private final List<Path> directories;
    private final ClassLoader parent;
    private List<JarStamp> scanned;
    private Map<String, List<Found>> byName = Map.of();

    /** A library provider and where it came from (a jar, or the server's class path). */
    public record Found(HookLibrary library, String source) {
    }

    private record JarStamp(Path jar, long size, long modified) {
    }

    public HookLibraryCatalog(List<Path> directories) {
        this(directories, HookLibraryCatalog.class.getClassLoader());
    }

    HookLibraryCatalog(List<Path> directories, ClassLoader parent) {
        this.directories = List.copyOf(directories);
        this.parent = parent;
    }

    public List<Path> directories() {
        return directories;
    }

    /**
     * The library declaring {@code name}.
     *
     * @throws HookLibraryNotFoundException if no provider declares it, or several different ones do
     */
    public synchronized Found find(String name) throws HookLibraryNotFoundException {
        refresh();
        List<Found> found = byName.getOrDefault(name, List.of());
        if (found.isEmpty()) {
            throw new HookLibraryNotFoundException("no hook library named '" + name + "' in " + directories
                + " or on the server's class path (libraries found: "
                + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())) + ")");
        }
        if (found.size() > 1) {
            throw new HookLibraryNotFoundException("hook library name '" + name + "' is declared by several "
                + "providers: " + found.stream().map(f -> f.library().getClass().getName() + " in " + f.source())
                .toList() + "; remove all but one");
        }
        return found.getFirst();
    }

    private void refresh() {
        List<JarStamp> jars = jars();
        if (jars.equals(scanned)) {
            return;
        }
        URL[] urls = jars.stream().map(HookLibraryCatalog::url).toArray(URL[]::new);
        // Never closed: libraries configured from it may still be serving when the next scan replaces it.
        @SuppressWarnings("resource")
        ClassLoader loader = urls.length == 0 ? parent : new URLClassLoader("hook-libraries", urls, parent);
        Map<String, List<Found>> providers = new TreeMap<>();
        var iterator = ServiceLoader.load(HookLibrary.class, loader).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                HookLibrary library = iterator.next();
                providers.computeIfAbsent(library.name(), n -> new ArrayList<>())
                    .add(new Found(library, source(library)));
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                ServerMessages.SERVER_HOOK_PROVIDER_FAILED.log(LOG, e.toString());
            }
        }
        scanned = jars;
        byName = providers;
        ServerMessages.SERVER_HOOKS_SCANNED.log(LOG, directories,
            jars.isEmpty() ? "none" : jars.stream().map(j -> j.jar().getFileName().toString()).toList(),
            providers.isEmpty() ? "none" : providers.keySet());
    }

    private List<JarStamp> jars() {
        List<JarStamp> jars = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(new JarStamp(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis()));
                }
            } catch (IOException e) {
                ServerMessages.SERVER_HOOKS_DIRECTORY_UNREADABLE.log(LOG, directory, e.toString());
            }
        }
        return jars;
    }

    private static URL url(JarStamp jar) {
        try {
            return jar.jar().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path is always a URL: " + jar.jar(), e);
        }
    }

    private static String source(HookLibrary library) {
        var codeSource = library.getClass().getProtectionDomain().getCodeSource();
        return codeSource == null || codeSource.getLocation() == null ? "the server's class path"
            : codeSource.getLocation().getPath();
    }
}
