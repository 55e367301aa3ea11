package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.swarm.client.Observed.NodeResources;
import dev.berth.swarm.client.Observed.TaskReservation;
import dev.berth.swarm.client.Observed.PublishedPort;
import dev.berth.swarm.client.Observed.EngineClock;
import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.SwarmState;
import dev.berth.swarm.client.Observed.TaskState;
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
    private final EngineImages images;
    private final BuildContainers buildContainers;
    private final LocalObjects local;
    private final SwarmObjects objects;
    private volatile RegistryAuth registryAuth;

    public SwarmClient(DockerEndpoint endpoint, ObjectMapper json) {
        this.api = new EngineApi(endpoint, json);
        this.images = new EngineImages(api, json);
        this.buildContainers = new BuildContainers(api);
        this.local = new LocalObjects(api);
        this.objects = new SwarmObjects(api);
    }

    /** Configs and secrets: the small files Swarm keeps for services (and Berth's locks). */
    public SwarmObjects objects() {
        return objects;
    }

    /** What this engine holds by itself: containers, volumes, disk use. */
    public LocalObjects local() {
        return local;
    }

    /** This engine's images: build, inspect, save, load, tag, push. */
    public EngineImages images() {
        return images;
    }

    /** Containers that build things on this engine: the compile step, module images. */
    public BuildContainers buildContainers() {
        return buildContainers;
    }

    /**
     * Sends these registry credentials with every service created or updated from now on, so
     * the nodes can pull the services' images (what {@code docker stack deploy --with-registry-auth} does).
     */
    public void useRegistryAuth(RegistryAuth auth) {
        this.registryAuth = auth;
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

    /** The engine's clock: its SystemTime, with this machine's time just before and after asking. */
    public EngineClock clock() {
        java.time.Instant before = java.time.Instant.now();
        JsonNode info = api.get("/info");
        java.time.Instant after = java.time.Instant.now();
        return new EngineClock(Observed.time(info.path("SystemTime")), before, after);
    }

    // --- swarm membership (of the engine this client talks to)

    /** Makes this engine the first manager of a new swarm; returns its node ID. */
    public String swarmInit(Object request) {
        return api.post("/swarm/init", request).asText("");
    }

    public void swarmJoin(Object request) {
        api.post("/swarm/join", request);
    }

    public void swarmLeave(boolean force) {
        api.post("/swarm/leave" + (force ? "?force=1" : ""), null);
    }

    /** The swarm as its manager sees it: join tokens and the default address pool. */
    public SwarmState swarm() {
        JsonNode s = api.get("/swarm");
        List<String> pool = new ArrayList<>();
        s.path("DefaultAddrPool").forEach(p -> pool.add(p.asText()));
        return new SwarmState(s.path("ID").asText(""), s.path("JoinTokens").path("Worker").asText(""),
                s.path("JoinTokens").path("Manager").asText(""), pool, s.path("SubnetSize").asInt(24));
    }

    // --- registries, as this engine reaches them

    /** Logs this engine in to a registry (POST /auth); the engine's error message when it cannot. */
    public void registryLogin(Object credentials) {
        api.post("/auth", credentials);
    }

    /** Asks the registry, from this engine, for an image's manifest (GET /distribution/…/json). */
    public void distribution(String image) {
        api.get("/distribution/" + image + "/json");
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
        return api.post("/services/create", spec, authHeaders()).path("ID").asText();
    }

    public void updateService(String id, long version, Object spec) {
        api.post("/services/" + EngineApi.encode(id) + "/update?version=" + version, spec, authHeaders());
    }

    private Map<String, String> authHeaders() {
        RegistryAuth auth = registryAuth;
        return auth == null ? Map.of() : Map.of(RegistryAuth.HEADER, auth.header());
    }

    public void removeService(String id) {
        EngineException.ignoreMissing(() -> api.delete("/services/" + EngineApi.encode(id)));
    }

    /** Every port every service publishes: those its spec names and those Swarm assigned, each once. */
    public List<PublishedPort> publishedPorts() {
        List<PublishedPort> out = new ArrayList<>();
        for (JsonNode s : api.get("/services")) {
            Map<String, String> labels = Observed.labels(s.path("Spec").path("Labels"));
            String name = s.path("Spec").path("Name").asText();
            for (JsonNode ports : List.of(s.path("Spec").path("EndpointSpec").path("Ports"), s.path("Endpoint").path("Ports"))) {
                for (JsonNode p : ports) {
                    if (p.path("PublishedPort").asInt() > 0) {
                        PublishedPort port = new PublishedPort(s.path("ID").asText(), name, labels,
                                p.path("PublishedPort").asInt(), p.path("TargetPort").asInt(),
                                p.path("Protocol").asText("tcp"), p.path("PublishMode").asText("ingress"));
                        if (!out.contains(port)) {
                            out.add(port);
                        }
                    }
                }
            }
        }
        return out;
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
        serviceLogs(serviceId, tail, follow, timestamps, lines, stop -> { });
    }

    /**
     * As {@link #serviceLogs(String, String, boolean, boolean, Consumer)}; once the stream is open,
     * {@code opened} gets a handle whose close, from any thread, ends it (the call then returns).
     */
    public void serviceLogs(String serviceId, String tail, boolean follow, boolean timestamps,
                            Consumer<LogLine> lines, Consumer<AutoCloseable> opened) {
        String path = "/services/" + EngineApi.encode(serviceId) + "/logs?stdout=1&stderr=1&details=1"
                + "&tail=" + EngineApi.encode(tail) + (follow ? "&follow=1" : "") + (timestamps ? "&timestamps=1" : "");
        try (DockerHttpClient.Response response = api.stream(path); InputStream in = response.getBody()) {
            opened.accept(response::close);
            LogStream.read(in, lines);
        } catch (java.nio.channels.ClosedChannelException e) {
            // The connection was closed on purpose (a follower stopped): the stream has ended.
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
        return events(withType, event -> onEvent.run(), () -> { });
    }

    /**
     * Follows this engine's {@code /events} that match {@code filters} (e.g. {@code type} service,
     * node, container), calling {@code onEvent} with each event's type and action on a daemon
     * thread until the handle is closed; {@code onEnd} runs when the stream ends for any reason.
     */
    public AutoCloseable events(Map<String, List<String>> filters, Consumer<Observed.EngineEvent> onEvent,
                                Runnable onEnd) {
        DockerHttpClient.Response response = api.stream("/events?" + api.filters(filters));
        ObjectMapper json = new ObjectMapper();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(response.getBody(), java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    JsonNode e = line.isBlank() ? json.createObjectNode() : json.readTree(line);
                    onEvent.accept(new Observed.EngineEvent(e.path("Type").asText(""), e.path("Action").asText(""),
                            e.path("Actor").path("ID").asText(""),
                            Observed.labels(e.path("Actor").path("Attributes"))));
                }
            } catch (IOException | RuntimeException e) {
                // the stream ends when the handle is closed or the engine goes away; callers look again
            } finally {
                onEnd.run();
            }
        }, "berth-events-" + api.endpoint());
        reader.setDaemon(true);
        reader.start();
        return response::close;
    }

    // --- networks

    public List<NetworkState> networks(Map<String, List<String>> filters) {
        List<NetworkState> out = new ArrayList<>();
        for (JsonNode n : api.get("/networks?" + api.filters(filters))) {
            out.add(networkState(n));
        }
        return out;
    }

    /** One network as the manager sees it, or null when there is none with that ID. */
    public NetworkState network(String id) {
        try {
            return networkState(api.get("/networks/" + EngineApi.encode(id)));
        } catch (EngineException e) {
            if (e.notFound()) {
                return null;
            }
            throw e;
        }
    }

    private static NetworkState networkState(JsonNode n) {
        List<String> subnets = new ArrayList<>();
        n.path("IPAM").path("Config").forEach(c -> {
            if (!c.path("Subnet").asText("").isEmpty()) {
                subnets.add(c.path("Subnet").asText());
            }
        });
        return new NetworkState(n.path("Id").asText(), n.path("Name").asText(), Observed.labels(n.path("Labels")),
                subnets, n.path("Scope").asText(""), n.path("Driver").asText(""));
    }

    public String createNetwork(Object spec) {
        return api.post("/networks/create", spec).path("Id").asText();
    }

    public void removeNetwork(String id) {
        EngineException.ignoreMissing(() -> api.delete("/networks/" + EngineApi.encode(id)));
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

    /** Every node with its labels, engine labels, platform and capacity, as the scheduler sees them. */
    public List<NodeResources> nodeResources() {
        List<NodeResources> out = new ArrayList<>();
        for (JsonNode n : api.get("/nodes")) {
            JsonNode desc = n.path("Description");
            out.add(new NodeResources(n.path("ID").asText(), desc.path("Hostname").asText(""),
                    n.path("Spec").path("Role").asText(""), n.path("Spec").path("Availability").asText(""),
                    n.path("Status").path("State").asText(""), Observed.labels(n.path("Spec").path("Labels")),
                    Observed.labels(desc.path("Engine").path("Labels")), desc.path("Platform").path("OS").asText(""),
                    desc.path("Platform").path("Architecture").asText(""), desc.path("Resources").path("NanoCPUs").asLong(),
                    desc.path("Resources").path("MemoryBytes").asLong()));
        }
        return out;
    }

    /** Every task of the cluster (all services) with the reservations of its spec. */
    public List<TaskReservation> taskReservations() {
        List<TaskReservation> out = new ArrayList<>();
        for (JsonNode t : api.get("/tasks")) {
            JsonNode r = t.path("Spec").path("Resources").path("Reservations");
            out.add(new TaskReservation(t.path("ID").asText(), t.path("ServiceID").asText(), t.path("NodeID").asText(""),
                    t.path("Status").path("State").asText(""), t.path("DesiredState").asText(""),
                    r.path("NanoCPUs").asLong(0), r.path("MemoryBytes").asLong(0)));
        }
        return out;
    }

    @Override
    public void close() {
        api.close();
    }
}
