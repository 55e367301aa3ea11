package dev.berth.engine.cluster;

import dev.berth.engine.cluster.HostFacts.HostAddress;
import java.util.List;

/**
 * Which address a node advertises to the other nodes of its swarm. Docker refuses to guess on a
 * host with several; Berth does not guess either, but names the candidates so the user can pick.
 */
public final class AdvertiseAddress {

    private AdvertiseAddress() {
    }

    /** What the host offers: exactly one candidate, none, or several to choose from. */
    public sealed interface Choice {
    }

    public record One(HostAddress address) implements Choice {
    }

    public record Several(List<HostAddress> candidates) implements Choice {
    }

    public record None() implements Choice {
    }

    public static Choice choose(List<HostAddress> addresses) {
        List<HostAddress> candidates = candidates(addresses);
        return switch (candidates.size()) {
            case 0 -> new None();
            case 1 -> new One(candidates.get(0));
            default -> new Several(candidates);
        };
    }

    /**
     * Addresses other nodes could reach: not loopback or link-local, and not on an interface
     * the engine made itself (its bridges and their veths).
     */
    public static List<HostAddress> candidates(List<HostAddress> addresses) {
        return addresses.stream()
                .filter(a -> !a.address().startsWith("127.") && !a.address().startsWith("169.254."))
                .filter(a -> !dockerDevice(a.device()))
                .toList();
    }

    /** Interfaces the engine creates: docker0, docker_gwbridge, br-…, veth…. */
    public static boolean dockerDevice(String device) {
        return device.equals("lo") || device.equals("docker0") || device.equals("docker_gwbridge")
                || device.startsWith("br-") || device.startsWith("veth");
    }

    /** The refusal when the host has several: the candidates as a table, and what to do. */
    public static String refusal(String engine, List<HostAddress> candidates) {
        StringBuilder text = new StringBuilder("the engine at " + engine + " has " + candidates.size()
                + " addresses other nodes could use; Berth does not guess. Choose one with --advertise-addr:");
        int width = candidates.stream().mapToInt(a -> a.address().length()).max().orElse(0);
        for (HostAddress a : candidates) {
            text.append("\n  ").append(a.address()).append(" ".repeat(width - a.address().length() + 3))
                    .append(a.device());
        }
        return text.toString();
    }

    public static String none(String engine) {
        return "the engine at " + engine + " has no address other nodes could reach (only loopback and Docker's own"
                + " bridges); give one with --advertise-addr";
    }
}
