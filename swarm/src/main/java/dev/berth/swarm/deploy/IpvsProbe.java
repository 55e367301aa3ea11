package dev.berth.swarm.deploy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.Observed.ObjectState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds out once per cluster whether Swarm's virtual IPs and ingress routing mesh work: they
 * need IPVS in every node's kernel, which some hosts lack. Two probe services on a throwaway
 * overlay network: a server, and a one-shot client that fetches from the server's virtual IP.
 * The answer is kept in a small Swarm config so later runs need no probe.
 */
public final class IpvsProbe {

    static final String FACTS = "berth-cluster-facts";
    static final String IPVS_LABEL = "dev.berth.ipvs";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final SwarmClient client;
    private final String image;

    public IpvsProbe(SwarmClient client, String image) {
        this.client = client;
        this.image = image;
    }

    /** The cached answer, or a new probe's. */
    boolean ipvs() throws InterruptedException {
        Boolean known = cached();
        if (known != null) {
            return known;
        }
        boolean works = probe();
        remember(works);
        return works;
    }

    /** The answer of an earlier probe, or null when the cluster was never probed. */
    Boolean cached() {
        for (ObjectState c : client.objects().configs(Map.of("name", List.of(FACTS)))) {
            if (c.name().equals(FACTS) && c.labels().containsKey(IPVS_LABEL)) {
                return Boolean.parseBoolean(c.labels().get(IPVS_LABEL));
            }
        }
        return null;
    }

    /** A fresh probe, whatever answer is kept (for the doctor, which must see the cluster as it is now). */
    public boolean measure() throws InterruptedException {
        return probe();
    }

    private void remember(boolean works) {
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        spec.put("Name", FACTS);
        spec.putObject("Labels").put(IPVS_LABEL, Boolean.toString(works)).put(Labels.OWNER, "berth");
        spec.put("Data", Base64.getEncoder().encodeToString(("ipvs=" + works + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            client.objects().createConfig(spec);
        } catch (RuntimeException e) {
            // Another Berth stored the answer at the same moment; either answer is the same.
        }
    }

    private boolean probe() throws InterruptedException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String network = "berth-probe-" + id;
        String server = "berth-probe-" + id + "-server";
        String caller = "berth-probe-" + id + "-client";
        // Both tasks on the manager's own node: it answers now, while a node that just went away may
        // still count as ready, and a task placed there would tie it to a network that is gone by the
        // time it comes back (Swarm then fails to allocate that node's attachments, and it stays down).
        String here = client.info().nodeId();
        String networkId = client.createNetwork(network(network));
        try {
            client.createService(service(server, network, here, List.of("sh", "-c",
                    "mkdir -p /www && echo ok > /www/ok && exec httpd -f -p 8080 -h /www"), false));
            // Once the server runs, a few tries suffice; without IPVS each try fails at once or after 2 s.
            boolean serverUp = awaitRunning(server);
            String tries = serverUp ? "1 2 3" : "1 2 3 4 5 6 7 8 9 10";
            client.createService(service(caller, network, here, List.of("sh", "-c",
                    // busybox 1.35 wget crashes with -T, so the time limit comes from timeout
                    "for i in " + tries + "; do timeout 2 wget -q -O- http://" + server + ":8080/ok && exit 0;"
                            + " sleep 1; done; exit 1"), true));
            return outcome(caller);
        } finally {
            for (String s : List.of(caller, server)) {
                client.services(Map.of("name", List.of(s))).forEach(svc -> client.removeService(svc.id()));
            }
            removeNetwork(networkId);
        }
    }

    private boolean awaitRunning(String service) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<TaskState> tasks = client.tasksOf(service);
            if (tasks.stream().anyMatch(TaskState::running)) {
                return true;
            }
            if (tasks.stream().anyMatch(TaskState::terminal)) {
                return false;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private boolean outcome(String caller) throws InterruptedException {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<TaskState> tasks = client.tasksOf(caller);
            if (tasks.stream().anyMatch(t -> t.state().equals("complete"))) {
                return true;
            }
            if (tasks.stream().anyMatch(t -> t.state().equals("failed"))) {
                return false;
            }
            if (tasks.stream().anyMatch(t -> t.state().equals("rejected"))) {
                throw new IllegalStateException("the IPVS probe could not start (image " + image + "): "
                        + tasks.get(0).error() + "; give an image with busybox by --probe-image or BERTH_PROBE_IMAGE, or skip the probe with --ipvs on|off");
            }
            Thread.sleep(300);
        }
        return false;
    }

    private void removeNetwork(String networkId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            try {
                client.removeNetwork(networkId);
                return;
            } catch (RuntimeException e) {
                if (Instant.now().isAfter(deadline)) {
                    return;
                }
                Thread.sleep(300);
            }
        }
    }

    private static ObjectNode network(String name) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("Name", name).put("Driver", "overlay").put("Attachable", false).put("CheckDuplicate", true);
        n.putObject("Labels").put(Labels.OWNER, "berth-probe");
        return n;
    }

    private ObjectNode service(String name, String network, String node, List<String> command, boolean job) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        s.put("Name", name);
        s.putObject("Labels").put(Labels.OWNER, "berth-probe");
        ObjectNode task = s.putObject("TaskTemplate");
        ObjectNode container = task.putObject("ContainerSpec");
        container.put("Image", image);
        command.forEach(container.withArray("Command")::add);
        task.putArray("Networks").addObject().put("Target", network);
        if (node != null && !node.isEmpty()) {
            task.putObject("Placement").putArray("Constraints").add("node.id==" + node);
        }
        task.putObject("RestartPolicy").put("Condition", "none");
        if (job) {
            s.putObject("Mode").putObject("ReplicatedJob").put("MaxConcurrent", 1).put("TotalCompletions", 1);
        } else {
            s.putObject("Mode").putObject("Replicated").put("Replicas", 1);
        }
        s.putObject("EndpointSpec").put("Mode", "vip");
        return s;
    }
}
