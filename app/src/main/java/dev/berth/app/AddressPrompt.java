package dev.berth.app;

import dev.berth.engine.cluster.HostFacts.HostAddress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * On a terminal, {@code cluster init} asks which address to advertise when the host has several:
 * by number or by the address itself. Anything else is asked again; the end of input answers
 * nothing, and the command stops as it does without a terminal.
 */
final class AddressPrompt {

    private AddressPrompt() {
    }

    /** The chosen address, or null when the input ended without one. */
    static String ask(List<HostAddress> candidates, BufferedReader in, PrintWriter out) throws IOException {
        out.println("This host has " + candidates.size() + " addresses other nodes could use:");
        int width = candidates.stream().mapToInt(a -> a.address().length()).max().orElse(0);
        for (int i = 0; i < candidates.size(); i++) {
            HostAddress a = candidates.get(i);
            out.println("  " + (i + 1) + ") " + a.address() + " ".repeat(width - a.address().length() + 3) + a.device());
        }
        while (true) {
            out.print("Advertise which one to the other nodes? [1-" + candidates.size() + " or an address] ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return null;
            }
            String answer = line.trim();
            for (int i = 0; i < candidates.size(); i++) {
                if (answer.equals(Integer.toString(i + 1)) || answer.equals(candidates.get(i).address())) {
                    return candidates.get(i).address();
                }
            }
            out.println("\"" + answer + "\" is none of them.");
        }
    }
}
