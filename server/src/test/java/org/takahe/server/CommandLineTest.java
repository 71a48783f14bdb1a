package org.takahe.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.takahe.lease.csv.SubnetMap;

class CommandLineTest {

    @Test
    void noArgumentsRunTheServerOnEmbeddedDefaults() {
        Command.Run run = assertInstanceOf(Command.Run.class, CommandLine.parse(List.of()));
        assertEquals(new ServerSettings(Path.of("var"), "127.0.0.1", 8830, 67, 547, Optional.empty()), run.settings());
        assertEquals(Path.of("var", "hooks"), run.settings().hooksDirectoryOrDefault());
        assertEquals("info", run.logLevel());
    }

    @Test
    void everyRunFlagIsApplied() {
        Command.Run run = assertInstanceOf(Command.Run.class, CommandLine.parse(List.of("--data-dir", "/tmp/x",
            "--netconf-address", "0.0.0.0", "--netconf-port", "1830", "--dhcp4-port", "6767", "--dhcp6-port", "5547",
            "--log-level", "DEBUG",
            "--hooks-dir", "/opt/hooks")));
        assertEquals(new ServerSettings(Path.of("/tmp/x"), "0.0.0.0", 1830, 6767, 5547,
            Optional.of(Path.of("/opt/hooks"))),
            run.settings());
        assertEquals(Path.of("/opt/hooks"), run.settings().hooksDirectoryOrDefault());
        assertEquals("debug", run.logLevel());
    }

    @Test
    void addUserTakesNameAndCredentialSources() {
        Command.AddUser add = assertInstanceOf(Command.AddUser.class, CommandLine.parse(
            List.of("add-user", "alice", "--password-stdin", "--authorized-key", "k.pub", "--data-dir", "d")));
        assertEquals(new Command.AddUser(Path.of("d"), "alice", true, Optional.of(Path.of("k.pub"))), add);
    }

    @Test
    void leasesExportAndImportTakeFormatFileAndSubnetMap() {
        assertEquals(new Command.LeasesExport(Path.of("d"), Optional.of(Path.of("out.csv")), SubnetMap.parse("1=lan")),
            CommandLine.parse(List.of("leases", "export", "--format", "kea-csv", "--data-dir", "d", "--output",
                "out.csv", "--subnet-map", "1=lan")));
        assertEquals(new Command.LeasesExport(Path.of("var"), Optional.empty(), SubnetMap.empty()),
            CommandLine.parse(List.of("leases", "export", "--format", "kea-csv", "--output", "-")));
        assertEquals(new Command.LeasesImport(Path.of("var"), Path.of("kea-leases4.csv"), SubnetMap.parse("2=guest")),
            CommandLine.parse(List.of("leases", "import", "kea-leases4.csv", "--format", "kea-csv", "--subnet-map",
                "2=guest")));
        for (List<String> bad : List.of(List.of("leases"), List.of("leases", "export"),
                List.of("leases", "export", "--format", "json"), List.of("leases", "import", "--format", "kea-csv"),
                List.of("leases", "import", "--format", "kea-csv", "a.csv", "b.csv"),
                List.of("leases", "export", "--format", "kea-csv", "x.csv"),
                List.of("leases", "import", "--format", "kea-csv", "a.csv", "--subnet-map", "lan"))) {
            assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(bad), bad.toString());
        }
    }

    @Test
    void badInputIsRefusedWithAMessageNamingTheProblem() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(List.of("--bogus")))
            .getMessage().contains("--bogus"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> CommandLine.parse(List.of("--netconf-port", "70000"))).getMessage().contains("--netconf-port"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> CommandLine.parse(List.of("--data-dir"))).getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> CommandLine.parse(List.of("add-user", "bob"))).getMessage().contains("--password-stdin"));
        assertTrue(assertThrows(IllegalArgumentException.class,
            () -> CommandLine.parse(List.of("add-user", "9;rm", "--password-stdin"))).getMessage()
            .contains("user name"));
    }

    @Test
    void helpDocumentsEveryFlag() {
        assertInstanceOf(Command.Help.class, CommandLine.parse(List.of("--help")));
        for (String flag : List.of("--data-dir", "--netconf-address", "--netconf-port", "--dhcp4-port", "--hooks-dir",
                "--log-level", "--version", "--password-stdin", "--authorized-key", "leases export", "leases import",
                "--format kea-csv", "--output", "--subnet-map")) {
            assertTrue(CommandLine.USAGE.contains(flag), flag);
        }
    }
}
