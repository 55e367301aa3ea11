package dev.berth.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int code;

    private Cli(Map<String, String> env, Path cwd, String... args) {
        code = Main.run(new Invocation(new PrintWriter(out), new PrintWriter(err), env, cwd), args);
    }

    static Cli run(Path cwd, String... args) {
        return new Cli(Map.of("HOME", "/home/tester"), cwd, args);
    }

    static Cli run(Map<String, String> env, Path cwd, String... args) {
        return new Cli(env, cwd, args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
