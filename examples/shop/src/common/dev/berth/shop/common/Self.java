package dev.berth.shop.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.Callable;

/** This process: its module's name and host (the container), and patience at start. */
public final class Self {

    private static String module = "shop";

    private Self() {
    }

    public static void module(String name) {
        module = name;
    }

    /** MODULE@HOST: who answered, so every hop of an answer can be traced. */
    public static String name() {
        return module + "@" + host();
    }

    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }

    /** Runs WHAT until it succeeds or LIMIT passes: a dependency may still be starting. */
    public static <T> T retry(String what, Duration limit, Callable<T> action) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return action.call();
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                System.err.println(module + ": " + what + " not ready yet (" + e.getMessage() + "), trying again");
                Thread.sleep(1000);
            }
        }
    }
}
