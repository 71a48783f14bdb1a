package org.takahe.dhcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md §1, checked on the sources: only io touches Netty; wire imports nothing of the engine. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/takahe/dhcp");

    private static List<String> offending(String pkg, String forbiddenImport) throws IOException {
        // A package's sub-packages use it (wire.v6 uses wire's Octets): imports within its own tree never offend.
        String own = "org.takahe.dhcp." + pkg + ".";
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                .filter(f -> {
                    try {
                        return Files.readAllLines(f).stream()
                            .filter(line -> !line.startsWith("import " + own)
                                && !line.startsWith("import static " + own))
                            .anyMatch(line -> line.startsWith("import " + forbiddenImport)
                                || line.startsWith("import static " + forbiddenImport));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .map(Path::toString).toList();
        }
    }

    @Test
    void onlyIoImportsNetty() throws IOException {
        for (String pkg : List.of("wire", "alloc", "exchange", "stats", "config", "classify", "v6/exchange")) {
            assertEquals(List.of(), offending(pkg, "io.netty"), pkg);
        }
    }

    @Test
    void wireImportsNothingElseOfTheEngine() throws IOException {
        assertEquals(List.of(), offending("wire", "org.takahe."));
    }

    @Test
    void allocationKnowsNoExchangeOrTransport() throws IOException {
        assertEquals(List.of(), offending("alloc", "org.takahe.dhcp.exchange"));
        assertEquals(List.of(), offending("alloc", "org.takahe.dhcp.io"));
        assertEquals(List.of(), offending("exchange", "org.takahe.dhcp.io"));
        assertEquals(List.of(), offending("v6/exchange", "org.takahe.dhcp.io"));
        assertEquals(List.of(), offending("v6/exchange", "org.takahe.dhcp.v6.io"));
    }

    @Test
    void hookDispatchKnowsNoExchangeOrTransportAndAllocationNoHookLibraries() throws IOException {
        assertEquals(List.of(), offending("hooks", "org.takahe.dhcp.exchange"));
        assertEquals(List.of(), offending("hooks", "org.takahe.dhcp.io"));
        assertEquals(List.of(), offending("hooks", "io.netty"));
        assertEquals(List.of(), offending("alloc", "org.takahe.dhcp.hooks"), "alloc asks through LeaseCallouts");
    }

    @Test
    void classificationKnowsOnlyTheWireFormat() throws IOException {
        // Configuration, exchange and host reservations all use the language; it must use none of them.
        for (String pkg : List.of("config", "exchange", "alloc", "io", "stats")) {
            assertEquals(List.of(), offending("classify", "org.takahe.dhcp." + pkg), pkg);
        }
    }

    @Test
    void engineKnowsNothingOfNetconfYangOrXml() throws IOException {
        for (String forbidden : List.of("org.opendaylight", "org.takahe.netconf", "org.takahe.config", "javax.xml",
                "org.w3c", "org.apache.sshd")) {
            assertEquals(List.of(), offending("", forbidden), forbidden);
        }
    }
}
