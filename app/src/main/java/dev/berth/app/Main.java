package dev.berth.app;

import java.io.PrintWriter;

/** Entry point. Tests call {@link #run} directly with their own writers. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return 0;
    }
}
