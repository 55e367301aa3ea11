package dev.berth.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may know of the world it runs in: its output streams, the process
 * environment and the working directory. Passed in so that tests run commands in-process.
 */
public record Invocation(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory) {

    public Invocation {
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public static Invocation ofProcess(PrintWriter out, PrintWriter err) {
        return new Invocation(out, err, System.getenv(), Path.of(""));
    }
}
