package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.swarm.client.Observed.ContainerState;
import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ObjectState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.Observed.VolumeState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one adapter between Berth and a Docker engine: typed calls for what the Swarm backend
 * does. Specs go in as objects serialised to the Engine API's JSON; state comes back as the
 * small records of {@link Observed}.
 */
public final class SwarmClient implements AutoCloseable {

    private final EngineApi api;
    private final BuildContainers buildContainers;

    public SwarmClient(DockerEndpoint endpoint, ObjectMapper json) {
        this.api = new EngineApi(endpoint, json);
        this.buildContainers = new BuildContainers(api);
    }

    /** Containers that build things on this engine: the compile step, module images. */
    public BuildContainers buildContainers() {
        return buildContainers;
    }

    public DockerEndpoint endpoint() {
        return api.endpoint();
    }

    public EngineInfo info() {
        JsonNode info = api.get("/info");
        JsonNode swarm = info.path("Swarm");
        return new EngineInfo(swarm.path("NodeID").asText(""), swarm.path("LocalNodeState").asText(""),
                swarm.path("ControlAvailable").asBoolean(false), info.path("ServerVersion").asText(""),
                info.path("NCPU").asInt(), info.path("MemTotal").asLong(), swarm.path("NodeAddr").asText(""),
                info.path("Name").asText(""));
    }

    // --- services and tasks

    public List<ServiceState> services(Map<String, List<String>> filters) {
        List<ServiceState> out = new ArrayList<>();
        for (JsonNode s : api.get("/services?" + api.filters(filters))) {
            out.add(service(s));
        }
        return out;
    }

    private static ServiceState service(JsonNode s) {
        JsonNode spec = s.path("Spec");
        return new ServiceState(s.path("ID").asText(), s.path("Version").path("Index").asLong(),
                spec.path("Name").asText(), Observed.labels(spec.path("Labels")), spec,
                Observed.time(s.path("CreatedAt")), Observed.time(s.path("UpdatedAt")),
                s.path("UpdateStatus").path("State").asText(""), s.path("UpdateStatus").path("Message").asText(""));
    }

    public String createService(Object spec) {
        return api.post("/services/create", spec).path("ID").asText();
    }

    public void updateService(String id, long version, Object spec) {
        api.post("/services/" + EngineApi.encode(id) + "/update?version=" + version, spec);
    }

    public void removeService(String id) {
        ignoreMissing(() -> api.delete("/services/" + EngineApi.encode(id)));
    }

    public List<TaskState> tasks(Map<String, List<String>> filters) {
        List<TaskState> out = new ArrayList<>();
        for (JsonNode t : api.get("/tasks?" + api.filters(filters))) {
            JsonNode status = t.path("Status");
            JsonNode exit = status.path("ContainerStatus").path("ExitCode");
            List<String> addresses = new ArrayList<>();
            for (JsonNode att : t.path("NetworksAttachments")) {
                att.path("Addresses").forEach(a -> addresses.add(a.asText()));
            }
            out.add(new TaskState(t.path("ID").asText(), t.path("ServiceID").asText(), t.path("NodeID").asText(""),
                    t.path("Slot").asInt(), t.path("DesiredState").asText(""), status.path("State").asText(""),
                    status.path("Message").asText(""), status.path("Err").asText(""),
                    exit.isMissingNode() || exit.isNull() ? null : exit.asInt(),
                    status.path("ContainerStatus").path("ContainerID").asText(""),
                    Observed.time(status.path("Timestamp")), Observed.time(t.path("CreatedAt")), addresses));
        }
        return out;
    }

    /** The tasks of one service; none when the service is gone. */
    public List<TaskState> tasksOf(String service) {
        try {
            return tasks(Map.of("service", List.of(service)));
        } catch (EngineException e) {
            if (e.notFound()) {
                return List.of();
            }
            throw e;
        }
    }

    /**
     * Streams a service's logs, one call per line, until the stream ends (or forever with
     * {@code follow}). Each line carries the task and node it came from.
     */
    public void serviceLogs(String serviceId, String tail, boolean follow, boolean timestamps,
                            Consumer<LogLine> lines) {
        String path = "/services/" + EngineApi.encode(serviceId) + "/logs?stdout=1&stderr=1&details=1"
                + "&tail=" + EngineApi.encode(tail) + (follow ? "&follow=1" : "") + (timestamps ? "&timestamps=1" : "");
        try (DockerHttpClient.Response response = api.stream(path); InputStream in = response.getBody()) {
            LogStream.read(in, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("reading logs of " + serviceId + ": " + e.getMessage(), e);
        }
    }

    /**
     * Follows this engine's container events that match {@code filters}, calling {@code onEvent}
     * for each, on a daemon thread, until the returned handle is closed.
     */
    public AutoCloseable containerEvents(Map<String, List<String>> filters, Runnable onEvent) {
        Map<String, List<String>> withType = new java.util.HashMap<>(filters);
        withType.put("type", List.of("container"));
        DockerHttpClient.Response response = api.stream("/events?" + api.filters(withType));
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(response.getBody(), java.nio.charset.StandardCharsets.UTF_8))) {
                while (lines.readLine() != null) {
                    onEvent.run();
                }
            } catch (IOException | RuntimeException e) {
                // the stream ends when the handle is closed or the engine goes away; polling carries on
            }
        }, "berth-events-" + api.endpoint());
        reader.setDaemon(true);
        reader.start();
        return response::close;
    }

    // --- networks, configs, secrets

    public List<NetworkState> networks(Map<String, List<String>> filters) {
        List<NetworkState> out = new ArrayList<>();
        for (JsonNode n : api.get("/networks?" + api.filters(filters))) {
            List<String> subnets = new ArrayList<>();
            n.path("IPAM").path("Config").forEach(c -> {
                if (!c.path("Subnet").asText("").isEmpty()) {
                    subnets.add(c.path("Subnet").asText());
                }
            });
            out.add(new NetworkState(n.path("Id").asText(), n.path("Name").asText(), Observed.labels(n.path("Labels")),
                    subnets, n.path("Scope").asText(""), n.path("Driver").asText("")));
        }
        return out;
    }

    /** One network as the manager sees it, or null when there is none with that ID. */
    public NetworkState network(String id) {
        try {
            JsonNode n = api.get("/networks/" + EngineApi.encode(id));
            List<String> subnets = new ArrayList<>();
            n.path("IPAM").path("Config").forEach(c -> {
                if (!c.path("Subnet").asText("").isEmpty()) {
                    subnets.add(c.path("Subnet").asText());
                }
            });
            return new NetworkState(n.path("Id").asText(), n.path("Name").asText(), Observed.labels(n.path("Labels")),
                    subnets, n.path("Scope").asText(""), n.path("Driver").asText(""));
        } catch (EngineException e) {
            if (e.notFound()) {
                return null;
            }
            throw e;
        }
    }

    public String createNetwork(Object spec) {
        return api.post("/networks/create", spec).path("Id").asText();
    }

    public void removeNetwork(String id) {
        ignoreMissing(() -> api.delete("/networks/" + EngineApi.encode(id)));
    }

    public List<ObjectState> configs(Map<String, List<String>> filters) {
        return objects(api.get("/configs?" + api.filters(filters)));
    }

    public String createConfig(Object spec) {
        return api.post("/configs/create", spec).path("ID").asText();
    }

    public void removeConfig(String id) {
        ignoreMissing(() -> api.delete("/configs/" + EngineApi.encode(id)));
    }

    public List<ObjectState> secrets(Map<String, List<String>> filters) {
        return objects(api.get("/secrets?" + api.filters(filters)));
    }

    public String createSecret(Object spec) {
        return api.post("/secrets/create", spec).path("ID").asText();
    }

    public void removeSecret(String id) {
        ignoreMissing(() -> api.delete("/secrets/" + EngineApi.encode(id)));
    }

    private static List<ObjectState> objects(JsonNode list) {
        List<ObjectState> out = new ArrayList<>();
        for (JsonNode o : list) {
            JsonNode spec = o.path("Spec");
            out.add(new ObjectState(o.path("ID").asText(), spec.path("Name").asText(), Observed.labels(spec.path("Labels"))));
        }
        return out;
    }

    // --- nodes, volumes, containers (the last two are per engine)

    public List<NodeState> nodes() {
        List<NodeState> out = new ArrayList<>();
        for (JsonNode n : api.get("/nodes")) {
            JsonNode desc = n.path("Description");
            JsonNode manager = n.path("ManagerStatus");
            out.add(new NodeState(n.path("ID").asText(), desc.path("Hostname").asText(""),
                    n.path("Spec").path("Role").asText(""), n.path("Spec").path("Availability").asText(""),
                    n.path("Status").path("State").asText(""), n.path("Status").path("Addr").asText(""),
                    desc.path("Engine").path("EngineVersion").asText(""),
                    desc.path("Resources").path("NanoCPUs").asLong(), desc.path("Resources").path("MemoryBytes").asLong(),
                    Observed.labels(n.path("Spec").path("Labels")), manager.path("Leader").asBoolean(false),
                    manager.path("Reachability").asText("")));
        }
        return out;
    }

    public List<VolumeState> volumes(Map<String, List<String>> filters) {
        List<VolumeState> out = new ArrayList<>();
        for (JsonNode v : api.get("/volumes?" + api.filters(filters)).path("Volumes")) {
            out.add(new VolumeState(v.path("Name").asText(), v.path("Driver").asText(""), Observed.labels(v.path("Labels"))));
        }
        return out;
    }

    public void removeVolume(String name) {
        ignoreMissing(() -> api.delete("/volumes/" + EngineApi.encode(name)));
    }

    public List<ContainerState> containers(Map<String, List<String>> filters) {
        List<ContainerState> out = new ArrayList<>();
        for (JsonNode c : api.get("/containers/json?all=1&" + api.filters(filters))) {
            out.add(new ContainerState(c.path("Id").asText(), c.path("State").asText(""), Observed.labels(c.path("Labels"))));
        }
        return out;
    }

    /** Removes a container; one already gone, or already being removed by its node, is no error. */
    public void removeContainer(String id) {
        try {
            api.delete("/containers/" + EngineApi.encode(id) + "?force=1&v=1");
        } catch (EngineException e) {
            if (!e.notFound() && !e.conflict()) {
                throw e;
            }
        }
    }

    private static void ignoreMissing(Runnable call) {
        try {
            call.run();
        } catch (EngineException e) {
            if (!e.notFound()) {
                throw e;
            }
        }
    }

    @Override
    public void close() {
        api.close();
    }
}
