package dev.berth.swarm.doctor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.LogLine;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Proves overlay traffic between every pair of nodes: a global service on a throwaway overlay
 * network whose task on each node resolves the service's name (dnsrr: to every task's own
 * address) and fetches each task's node ID over HTTP. The tasks print what they saw; the
 * probe reads it from the service's logs and always removes the service and network.
 */
final class OverlayProbe {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration REPORT = Duration.ofSeconds(80);

    // Busybox only. The wait for DNS to list all EXPECT tasks is bounded by 45 s: a node learns
    // the other tasks' addresses by gossip, and an entry whose broadcast was lost arrives with the
    // next full table sync between nodes, which Docker runs every 30 s. Each fetch has 3 s.
    private static final String SCRIPT = """
            mkdir -p /www && echo "$NODE" > /www/id && httpd -p 8080 -h /www
            i=0
            while :; do
              ips=$(nslookup "$SVC" 2>/dev/null | sed -n 's/^Address: *\\([0-9.]*\\)$/\\1/p' | sort -u)
              n=$(echo "$ips" | grep -c .)
              if [ "$n" -ge "$EXPECT" ] || [ "$i" -ge 90 ]; then break; fi
              i=$((i + 1)); sleep 0.5
            done
            echo "berth-dns $NODE $n"
            for ip in $ips; do
              got=$(timeout 3 wget -q -O- "http://$ip:8080/id" 2>/dev/null)
              if [ -n "$got" ]; then echo "berth-pair $NODE $got ok $ip"; else echo "berth-pair $NODE - fail $ip"; fi
            done
            echo "berth-done $NODE"
            exec sleep 3600
            """;

    private final SwarmClient manager;
    private final List<SwarmClient> nodeEngines;
    private final String image;

    /** {@code nodeEngines}: the node engines that answer, where the probe waits for its containers to go. */
    OverlayProbe(SwarmClient manager, List<SwarmClient> nodeEngines, String image) {
        this.manager = manager;
        this.nodeEngines = List.copyOf(nodeEngines);
        this.image = image;
    }

    /** @param silent nodes not to wait for (node ID → why), such as those whose engine does not answer */
    OverlayOutcome run(List<NodeState> nodes, Map<String, String> silent) throws InterruptedException {
        String name = "berth-doctor-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> eligible = nodes.stream().filter(n -> n.state().equals("ready") && n.availability().equals("active"))
                .map(NodeState::id).filter(id -> !silent.containsKey(id)).toList();
        String networkId = null;
        String serviceId = null;
        try {
            networkId = manager.createNetwork(network(name));
            serviceId = manager.createService(service(name, eligible.size(), silent.keySet()));
            Map<String, String> notRun = new LinkedHashMap<>(silent);
            List<String> running = awaitRunning(name, eligible, notRun);
            return collect(name, running, notRun);
        } catch (RuntimeException e) {
            return OverlayOutcome.failed(e.getMessage());
        } finally {
            if (serviceId != null) {
                manager.removeService(serviceId);
                awaitContainersGone(name);
            }
            if (networkId != null) {
                removeNetwork(networkId);
            }
        }
    }

    /** The eligible nodes whose task runs; the others go to {@code notRun} with the reason. */
    private List<String> awaitRunning(String name, List<String> eligible, Map<String, String> notRun)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (true) {
            Map<String, TaskState> byNode = new HashMap<>();
            manager.tasksOf(name).forEach(t -> byNode.merge(t.nodeId(), t, (a, b) -> a.running() ? a : b));
            List<String> running = eligible.stream().filter(id -> byNode.containsKey(id) && byNode.get(id).running()).toList();
            boolean settled = eligible.stream().allMatch(id -> byNode.containsKey(id)
                    && (byNode.get(id).running() || byNode.get(id).terminal()));
            if (settled || Instant.now().isAfter(deadline)) {
                for (String id : eligible) {
                    TaskState t = byNode.get(id);
                    if (t == null) {
                        notRun.put(id, "no task was scheduled there");
                    } else if (!t.running()) {
                        notRun.put(id, "task " + t.state() + (t.error().isEmpty() ? "" : ": " + t.error()));
                    }
                }
                return running;
            }
            Thread.sleep(300);
        }
    }

    private OverlayOutcome collect(String name, List<String> running, Map<String, String> notRun)
            throws InterruptedException {
        Map<String, String> nodeOfAddress = new HashMap<>();
        for (TaskState t : manager.tasksOf(name)) {
            t.addresses().forEach(a -> nodeOfAddress.put(a.replaceAll("/.*", ""), t.nodeId()));
        }
        Instant deadline = Instant.now().plus(REPORT);
        List<String> lines = new ArrayList<>();
        while (true) {
            lines.clear();
            manager.serviceLogs(name, "all", false, false, (LogLine l) -> lines.add(l.text().strip()));
            List<String> done = lines.stream().filter(l -> l.startsWith("berth-done ")).map(l -> l.substring(11)).toList();
            if (done.containsAll(running) || Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(1000);
        }
        Map<String, Integer> resolved = new LinkedHashMap<>();
        List<OverlayOutcome.Pair> pairs = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (String line : lines) {
            String[] t = line.split("\\s+");
            if (t[0].equals("berth-dns") && t.length == 3) {
                resolved.put(t[1], Integer.parseInt(t[2]));
            } else if (t[0].equals("berth-pair") && t.length == 5) {
                String to = t[3].equals("ok") ? t[2] : nodeOfAddress.getOrDefault(t[4], t[4]);
                if (!to.equals(t[1])) {
                    pairs.add(new OverlayOutcome.Pair(t[1], to, t[3].equals("ok")));
                }
            } else if (t[0].equals("berth-done") && t.length == 2) {
                reported.add(t[1]);
            }
        }
        for (String id : running) {
            if (!reported.contains(id)) {
                notRun.put(id, "its probe task did not report within " + REPORT.toSeconds() + " s");
            }
        }
        return new OverlayOutcome(reported, notRun, pairs, resolved, null);
    }

    /** Swarm removes the tasks' containers asynchronously; the doctor returns once they are gone (or 20 s passed). */
    private void awaitContainersGone(String name) throws InterruptedException {
        Map<String, List<String>> mine = Map.of("label", List.of(Labels.PROBE + "=" + name));
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            boolean left = false;
            for (SwarmClient engine : nodeEngines) {
                try {
                    left |= !engine.local().containers(mine).isEmpty();
                } catch (RuntimeException e) {
                    // an engine that stopped answering keeps nothing to wait for
                }
            }
            if (!left) {
                return;
            }
            Thread.sleep(300);
        }
    }

    private void removeNetwork(String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                manager.removeNetwork(id);
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(deadline)) {
                    return;
                }
                Thread.sleep(300);
            }
        }
    }

    private static ObjectNode labels(ObjectNode parent, String name) {
        return parent.putObject("Labels").put(Labels.OWNER, "berth-probe").put(Labels.PROBE, name);
    }

    private static ObjectNode network(String name) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Name", name).put("Driver", "overlay").put("Attachable", false).put("CheckDuplicate", true);
        labels(n, name);
        return n;
    }

    /**
     * @param avoid nodes the probe keeps off: one whose engine does not answer may still count as
     *        ready for the manager, and a task placed there would tie that node to the probe's
     *        network, which Swarm then fails to allocate when the node comes back after the
     *        network is gone (the node stays down)
     */
    private ObjectNode service(String name, int expect, java.util.Collection<String> avoid) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("Name", name);
        labels(s, name);
        ObjectNode task = s.putObject("TaskTemplate");
        ObjectNode container = task.putObject("ContainerSpec");
        container.put("Image", image).put("StopGracePeriod", 1_000_000_000L);
        labels(container, name);
        container.putArray("Command").add("sh").add("-c").add(SCRIPT);
        container.putArray("Env").add("NODE={{.Node.ID}}").add("SVC=" + name).add("EXPECT=" + expect);
        task.putArray("Networks").addObject().put("Target", name);
        if (!avoid.isEmpty()) {
            var constraints = task.putObject("Placement").putArray("Constraints");
            avoid.stream().sorted().forEach(id -> constraints.add("node.id!=" + id));
        }
        task.putObject("RestartPolicy").put("Condition", "none");
        s.putObject("Mode").putObject("Global");
        s.putObject("EndpointSpec").put("Mode", "dnsrr");
        return s;
    }
}
