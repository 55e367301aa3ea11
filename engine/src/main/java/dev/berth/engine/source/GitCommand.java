package dev.berth.engine.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code git} command line, which brings every transport and credential helper git has. */
final class GitCommand {

    private static final long TIMEOUT_MINUTES = 30;

    private GitCommand() {
    }

    /** Runs {@code git args…} in {@code directory} (null = anywhere) and returns its standard output. */
    static String run(Path directory, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        if (directory != null) {
            pb.directory(directory.toFile());
        }
        // never ask on a terminal for credentials: fail instead
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            var err = new java.io.ByteArrayOutputStream();
            Thread drain = new Thread(() -> {
                try {
                    p.getErrorStream().transferTo(err);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            drain.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new SourceException("git " + String.join(" ", args) + " took longer than " + TIMEOUT_MINUTES + " minutes");
            }
            drain.join();
            if (p.exitValue() != 0) {
                String message = err.toString(StandardCharsets.UTF_8).trim();
                throw new SourceException("git " + args[0] + " failed: " + (message.isEmpty() ? "exit " + p.exitValue() : message));
            }
            return out;
        } catch (IOException e) {
            throw new SourceException("cannot run git (is it installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while running git"));
        }
    }
}
