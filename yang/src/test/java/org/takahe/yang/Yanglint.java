package org.takahe.yang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs libyang's yanglint on copies of the shipped modules. yanglint reads modules from files
 * only, so every module (ours and the IETF ones from the class path) is copied into one directory
 * that also serves as its search path.
 */
final class Yanglint {
    private static final long TIMEOUT_SECONDS = 30;
    private static final String MODULES = "modules";

    private final Path executable;
    private final Path workDirectory;
    private final Path moduleDirectory;
    private final List<Path> modules;

    private Yanglint(Path executable, Path workDirectory, List<Path> modules) {
        this.executable = executable;
        this.workDirectory = workDirectory;
        this.moduleDirectory = workDirectory.resolve(MODULES);
        this.modules = modules;
    }

    /** What one yanglint run printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Copies every module into a subdirectory of {@code workDirectory}, where yanglint's output is
     * kept too, and finds yanglint, failing the calling test when it is not installed: these checks
     * guard interoperability and must not silently vanish.
     */
    static Yanglint in(Path workDirectory) throws IOException {
        Optional<Path> executable = find();
        assertTrue(executable.isPresent(), "yanglint not found on PATH; install Debian's libyang2-tools");
        Path directory = Files.createDirectories(workDirectory.resolve(MODULES));
        List<Path> modules = new ArrayList<>();
        for (URL source : YangModules.sources()) {
            String path = source.getPath();
            Path copy = directory.resolve(path.substring(path.lastIndexOf('/') + 1));
            try (InputStream in = source.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            modules.add(copy);
        }
        return new Yanglint(executable.orElseThrow(), workDirectory, List.copyOf(modules));
    }

    Path module(String fileName) {
        return moduleDirectory.resolve(fileName);
    }

    /** Writes an input file (data to validate) beside the modules. */
    Path write(String fileName, String content) throws IOException {
        return Files.writeString(workDirectory.resolve(fileName), content, StandardCharsets.UTF_8);
    }

    /** Runs yanglint with the module directory as search path, then {@code arguments}. */
    Result run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-p", moduleDirectory.toString()));
        command.addAll(arguments);
        Path stdout = Files.createTempFile(workDirectory, "yanglint", ".out");
        Path stderr = Files.createTempFile(workDirectory, "yanglint", ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "yanglint did not finish: " + command);
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Every module file, as arguments. */
    List<String> allModules() {
        return modules.stream().map(Path::toString).toList();
    }

    private static Optional<Path> find() {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry, "yanglint"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
