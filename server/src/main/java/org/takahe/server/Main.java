package org.takahe.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.core.ConsoleAppender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.takahe.netconf.auth.UserDirectory;

/** The process entry point: {@code takahe [OPTIONS]}, {@code takahe add-user ...} or {@code takahe leases ...}. */
public final class Main {
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_FAILURE = 1;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("takahe: " + e.getMessage());
            return EXIT_USAGE;
        }
        return switch (command) {
            case Command.Help help -> {
                out.print(CommandLine.USAGE);
                yield 0;
            }
            case Command.Version version -> {
                out.println("takahe " + version());
                yield 0;
            }
            case Command.AddUser addUser -> addUser(addUser, out, err);
            case Command.LeasesExport export -> leases(() -> LeaseMigration.export(export, out, err), err);
            case Command.LeasesImport leasesImport -> leases(() -> LeaseMigration.importFile(leasesImport, out), err);
            case Command.Run runCommand -> serve(runCommand);
        };
    }

    private static int serve(Command.Run command) {
        setLogLevel(command.logLevel());
        Logger log = LoggerFactory.getLogger(Main.class);
        long began = System.nanoTime();
        ServerMessages.SERVER_STARTING.log(log, version(), command.settings().dataDirectory().toAbsolutePath());
        TakaheServer server;
        try {
            server = TakaheServer.start(command.settings());
        } catch (Exception e) {
            ServerMessages.SERVER_START_FAILED.log(log, e.toString(), e);
            return EXIT_FAILURE;
        }
        ServerMessages.SERVER_STARTED.log(log, (System.nanoTime() - began) / 1_000_000,
            command.settings().netconfAddress(), server.netconfPort());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "takahe-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int addUser(Command.AddUser command, PrintStream out, PrintStream err) {
        try {
            Files.createDirectories(command.dataDirectory());
            if (command.passwordFromStdin()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null || line.isEmpty()) {
                    err.println("takahe: add-user --password-stdin read no password");
                    return EXIT_USAGE;
                }
                char[] password = line.toCharArray();
                UserDirectory.addUser(command.dataDirectory(), command.name(), password);
                Arrays.fill(password, '\0');
            }
            if (command.authorizedKey().isPresent()) {
                UserDirectory.addAuthorizedKeys(command.dataDirectory(), command.name(),
                    Files.readString(command.authorizedKey().orElseThrow()));
            }
        } catch (IOException | RuntimeException e) {
            err.println("takahe: add-user failed: " + e.getMessage());
            return EXIT_FAILURE;
        }
        out.println("user '" + command.name() + "' saved in " + command.dataDirectory().resolve("users"));
        return 0;
    }

    private interface LeaseCommand {
        void run() throws LeaseMigration.Failure, IOException;
    }

    private static int leases(LeaseCommand command, PrintStream err) {
        logToStandardError();
        try {
            command.run();
            return 0;
        } catch (LeaseMigration.Failure e) {
            err.println("takahe: leases: " + e.getMessage());
            return EXIT_FAILURE;
        } catch (IOException e) {
            err.println("takahe: leases: " + e);
            return EXIT_FAILURE;
        }
    }

    /** Keeps the lease store's log lines out of an export written to standard output. */
    private static void logToStandardError() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.iteratorForAppenders().forEachRemaining(appender -> {
                if (appender instanceof ConsoleAppender<?> console && !"System.err".equals(console.getTarget())) {
                    console.stop();
                    console.setTarget("System.err");
                    console.start();
                }
            });
        }
    }

    private static void setLogLevel(String level) {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.toLevel(level, Level.INFO));
        }
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
