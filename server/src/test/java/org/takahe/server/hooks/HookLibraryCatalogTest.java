package org.takahe.server.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.takahe.dhcp.hooks.api.HookLibrary;
import org.takahe.dhcp.hooks.api.HookPoint;

/** Finding libraries by name in the hooks directories, as an operator installs them: by dropping a jar in. */
class HookLibraryCatalogTest {
    private static final String SERVICES = "META-INF/services/" + HookLibrary.class.getName();

    @TempDir
    Path temp;

    @Test
    void aJarDroppedIntoTheHooksDirectoryIsFoundAtTheNextLookupWithoutRestart() throws Exception {
        Path hooks = Files.createDirectories(temp.resolve("hooks"));
        HookLibraryCatalog catalog = new HookLibraryCatalog(List.of(hooks));
        assertThrows(HookLibraryNotFoundException.class, () -> catalog.find("dropped-in"));

        Files.copy(compiledLibraryJar("dropped-in"), hooks.resolve("dropped-in.jar"));
        HookLibraryCatalog.Found found = catalog.find("dropped-in");

        assertEquals("dropped-in", found.library().name());
        assertEquals(hooks.resolve("dropped-in.jar").toUri().getPath(), found.source());
        assertEquals(java.util.Set.of(HookPoint.PKT4_RECEIVE), found.library().configure(Map.of()).points());
    }

    @Test
    void aBrokenJarIsSkippedAndTheOtherLibrariesStillLoad() throws Exception {
        Path hooks = Files.createDirectories(temp.resolve("hooks"));
        jar(hooks.resolve("broken.jar"), Map.of(SERVICES, "org.example.DoesNotExist\n".getBytes(StandardCharsets.UTF_8)));

        HookLibraryCatalog catalog = new HookLibraryCatalog(List.of(hooks, temp.resolve("missing")));

        assertEquals("mac-acl", catalog.find("mac-acl").library().name(), "from the class path");
        HookLibraryNotFoundException missing = assertThrows(HookLibraryNotFoundException.class,
            () -> catalog.find("nope"));
        assertTrue(missing.getMessage().contains(hooks.toString()) && missing.getMessage().contains("mac-acl"),
            missing.getMessage());
    }

    @Test
    void twoDifferentProvidersOfOneNameAreRefusedRatherThanPickedAtRandom() throws Exception {
        Path hooks = Files.createDirectories(temp.resolve("hooks"));
        Files.copy(compiledLibraryJar("mac-acl"), hooks.resolve("impostor.jar"));

        HookLibraryNotFoundException ambiguous = assertThrows(HookLibraryNotFoundException.class,
            () -> new HookLibraryCatalog(List.of(hooks)).find("mac-acl"));

        assertTrue(ambiguous.getMessage().contains("declared by several providers"), ambiguous.getMessage());
    }

    /** A jar holding one compiled HookLibrary named {@code name}, as a third party would ship it. */
    private Path compiledLibraryJar(String name) throws IOException {
        Path sources = Files.createDirectories(temp.resolve("src-" + name));
        Path classes = Files.createDirectories(temp.resolve("classes-" + name));
        String className = "Dropped" + Integer.toHexString(name.hashCode());
        Path source = sources.resolve(className + ".java");
        Files.writeString(source, """
            package org.example;
            import java.util.Map;
            import org.takahe.dhcp.hooks.api.*;
            public final class %s implements HookLibrary {
                public String name() { return "%s"; }
                public Callouts configure(Map<String, String> parameters) {
                    return Callouts.builder().pkt4Receive(c -> NextStep.CONTINUE).build();
                }
            }
            """.formatted(className, name));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String api = Path.of(HookLibrary.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int status = javac.run(null, null, null, "-classpath", api, "-d", classes.toString(), source.toString());
        assertEquals(0, status, "compiling the test library");
        Path jar = temp.resolve(name + "-" + className + ".jar");
        jar(jar, Map.of(SERVICES, ("org.example." + className + "\n").getBytes(StandardCharsets.UTF_8),
            "org/example/" + className + ".class",
            Files.readAllBytes(classes.resolve("org/example/" + className + ".class"))));
        return jar;
    }

    private static void jar(Path jar, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }
}
