package dev.berth.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.server.BerthServer;
import dev.berth.server.ServeOptions;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.ClusterSnapshot;
import dev.berth.server.cluster.ClusterSource;
import dev.berth.server.cluster.SwarmClusterSource;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.convert.ConvertOptions;
import dev.berth.swarm.convert.FileContents;
import dev.berth.swarm.convert.StackConverter;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.SwarmDeployer;
import dev.berth.swarm.deploy.SwarmTeardown;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.spec.SpecJson;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.berth.engine.config.PortSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench/serve}: the server's status API and its heap.
 * <ul>
 *   <li>{@code latency}: 50 environments of 12 services each deployed on the test swarm by
 *   Berth (replicas 0, so that 600 containers do not swamp a shared 2-core machine: the services,
 *   their labels and specs are real; the server reads and serves them the same way), then GET
 *   /environments and GET /environments/{name} over HTTP, p50 and p99; the peer is the command
 *   line's direct query of the cluster ({@code berth ls}), measured in the same run.</li>
 *   <li>{@code heap}: 100 synthetic environments of 12 services (specs made by Berth's own
 *   converter, one running task each) served from the cache; the heap in use after GC.</li>
 * </ul>
 */
public final class ServeBench {

    static final String TOKEN = "berth_bench-admin-token-0123456789abcdef";
    static final int SERVICES = 12;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("heap")) {
            heap(args.length > 1 ? Integer.parseInt(args[1]) : 100);
        } else {
            latency(args.length > 1 ? Integer.parseInt(args[1]) : 50);
        }
        System.exit(0);
    }

    static Project project(Path dir, int replicas) throws Exception {
        StringBuilder yaml = new StringBuilder("services:\n");
        String image = System.getenv().getOrDefault("BERTH_TEST_IMAGES", "berth/busybox:1").split(",")[0];
        for (int i = 1; i <= SERVICES; i++) {
            yaml.append("  s").append(i).append(":\n    image: ").append(image).append("\n")
                    .append("    command: [\"sh\", \"-c\", \"mkdir -p /www && exec httpd -f -p 8080 -h /www\"]\n")
                    .append("    stop_grace_period: 1s\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n")
                    .append("    deploy: {replicas: ").append(replicas).append(", endpoint_mode: dnsrr,")
                    .append(" resources: {reservations: {memory: 8M}}}\n");
        }
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return new ComposeLoader().load(LoadOptions.of(List.of(dir.resolve("compose.yaml")), Map.of())).project();
    }

    // --- latency on the test swarm

    static void latency(int envs) throws Exception {
        String managerHost = System.getenv("BERTH_TEST_MANAGER");
        List<SwarmClient> nodes = new ArrayList<>();
        for (String h : System.getenv().getOrDefault("BERTH_TEST_NODES", managerHost).split(",")) {
            nodes.add(new SwarmClient(DockerEndpoint.from(h, Map.of()), SpecJson.mapper()));
        }
        SwarmClient manager = new SwarmClient(DockerEndpoint.from(managerHost, Map.of()), SpecJson.mapper());
        Path dir = Files.createTempDirectory("berth-serve-bench");
        Project project = project(dir, 0);
        List<EnvironmentName> names = new ArrayList<>();
        for (int i = 0; i < envs; i++) {
            names.add(new EnvironmentName(String.format("bench-srv-%02d", i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Instant t0 = Instant.now();
        forEach(pool, names, env -> new SwarmDeployer(manager, nodes).up(new UpRequest(env, project, Map.of(), true,
                Duration.ofMinutes(5), "bench", null, false, "berth/busybox:1", UpRequest.DEFAULT_POOLS,
                new PortSettings(PortSettings.DEFAULT_FIRST, PortSettings.DEFAULT_LAST), null, false, "bench"),
                DeployListener.NONE));
        System.out.printf("deployed %d environments x %d services (replicas 0) in %.1f s%n", envs, SERVICES,
                Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        long cachedP50 = 0;
        try {
            BerthServer server = BerthServer.start(new ServeOptions("127.0.0.1", 0, null, dir.resolve("data"), TOKEN,
                    null, new ClusterAccess(manager, nodes, UpRequest.DEFAULT_POOLS, false, "berth/busybox:1"),
                    new SwarmClusterSource(manager, nodes), ServeOptions.DEFAULT_FULL_REFRESH, 10,
                    Duration.ofMinutes(1), 2));
            try {
                while (server.cache().environments().stream().filter(e -> e.name().startsWith("bench-srv-")).count() < envs) {
                    Thread.sleep(100);
                }
                cachedP50 = measure(server, names);
                System.out.printf("server heap in use after GC with %d environments on the cluster: %.1f MiB%n",
                        server.cache().environments().size(), heapMiB());
            } finally {
                server.close();
            }
            List<Long> direct = new ArrayList<>();
            EnvironmentQueries queries = new EnvironmentQueries(manager);
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                queries.list();
                direct.add(System.nanoTime() - t);
            }
            System.out.printf("peer: the command line's direct query of the cluster (berth ls): p50 %.1f ms (10 runs)%n",
                    percentile(direct, 50) / 1e6);
            System.out.printf("ratio: the server's list answers in %.4fx the time of the direct query (p50)%n",
                    (double) cachedP50 / percentile(direct, 50));
        } finally {
            forEach(pool, names, env -> new SwarmTeardown(manager, nodes).down(env, false, Duration.ofMinutes(5),
                    DeployListener.NONE));
            pool.shutdown();
        }
    }

    private static long measure(BerthServer server, List<EnvironmentName> names) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port() + "/api/v1";
        Random random = new Random(1);
        for (int i = 0; i < 300; i++) {
            get(http, base + "/environments");
            get(http, base + "/environments/" + names.get(random.nextInt(names.size())));
        }
        long readsBefore = server.cache().reads();
        List<Long> list = new ArrayList<>();
        List<Long> one = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            long t = System.nanoTime();
            int size = get(http, base + "/environments");
            list.add(System.nanoTime() - t);
            t = System.nanoTime();
            get(http, base + "/environments/" + names.get(random.nextInt(names.size())));
            one.add(System.nanoTime() - t);
            if (i == 0) {
                System.out.printf("GET /environments answers %d bytes%n", size);
            }
        }
        System.out.printf("GET /environments          p50 %6.2f ms   p99 %6.2f ms   (1000 requests; goal p99 < 50 ms)%n",
                percentile(list, 50) / 1e6, percentile(list, 99) / 1e6);
        System.out.printf("GET /environments/{name}   p50 %6.2f ms   p99 %6.2f ms   (1000 requests)%n",
                percentile(one, 50) / 1e6, percentile(one, 99) / 1e6);
        System.out.printf("cluster reads during the 2000 requests: %d (full refreshes and engine events only)%n",
                server.cache().reads() - readsBefore);
        return percentile(list, 50);
    }

    private static int get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body().length;
    }

    // --- heap with synthetic environments

    static void heap(int envs) throws Exception {
        Path dir = Files.createTempDirectory("berth-serve-heap");
        Project project = project(dir, 1);
        ObjectMapper json = SpecJson.mapper();
        List<ServiceState> services = new ArrayList<>();
        Map<String, List<TaskState>> tasks = new HashMap<>();
        NodeState node = new NodeState("node-1", "berth-node1", "manager", "active", "ready", "172.16.213.11", "20.10",
                2_000_000_000L, 8L << 30, Map.of(), true, "reachable");
        for (int e = 0; e < envs; e++) {
            EnvironmentName env = new EnvironmentName(String.format("heap-%03d", e));
            var stack = StackConverter.convert(project, env, new ConvertOptions(false, Map.of(), FileContents.disk(),
                    Map.of(), "bench", null).withTeam("bench"));
            stack.services().forEach((key, spec) -> {
                var tree = json.valueToTree(spec);
                String id = env.value() + "-" + key;
                Map<String, String> labels = new HashMap<>(spec.labels());
                labels.putIfAbsent(Labels.ENVIRONMENT, env.value());
                services.add(new ServiceState(id, 12, spec.name(), labels, tree, Instant.now(), Instant.now(), "", ""));
                tasks.put(id, List.of(new TaskState("t-" + id, id, "node-1", 1, "running", "running", "started", "",
                        null, "c-" + id, Instant.now(), Instant.now(), List.of("10.208.0." + (services.size() % 250) + "/24"))));
            });
        }
        ClusterSnapshot snapshot = new ClusterSnapshot(services, tasks, List.of(node), Instant.now());
        ClusterSource source = new ClusterSource() {
            @Override
            public ClusterSnapshot read() {
                return snapshot;
            }

            @Override
            public AutoCloseable follow(Runnable onChange, Runnable onLost) {
                return () -> { };
            }
        };
        System.out.printf("heap in use before the server: %.1f MiB%n", heapMiB());
        BerthServer server = BerthServer.start(new ServeOptions("127.0.0.1", 0, null, dir.resolve("data"), TOKEN, null,
                new ClusterAccess(new SwarmClient(DockerEndpoint.from("unix:///nonexistent.sock", Map.of()),
                        SpecJson.mapper()), List.of(), UpRequest.DEFAULT_POOLS, false, "berth/busybox:1"),
                source, ServeOptions.DEFAULT_FULL_REFRESH, 10, Duration.ofMinutes(1), 2));
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port() + "/api/v1";
        for (int i = 0; i < 200; i++) {
            get(http, base + "/environments");
            get(http, base + "/environments/heap-" + String.format("%03d", i % envs));
        }
        System.out.printf("server heap in use after GC, %d synthetic environments x %d services cached and served:"
                + " %.1f MiB (goal < 256 MiB; JVM -Xmx %d MiB)%n", server.cache().environments().size(), SERVICES,
                heapMiB(), Runtime.getRuntime().maxMemory() >> 20);
        server.close();
    }

    private static double heapMiB() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    interface EnvWork {
        void run(EnvironmentName env) throws Exception;
    }

    private static void forEach(ExecutorService pool, List<EnvironmentName> names, EnvWork work) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (EnvironmentName env : names) {
            futures.add(pool.submit(() -> {
                work.run(env);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    static long percentile(List<Long> values, int p) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
