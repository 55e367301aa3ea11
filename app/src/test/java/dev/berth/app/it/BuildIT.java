package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.ImageState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build:} on the test swarm: images built on the local engine, tagged by content, loaded
 * into every node; unchanged ones neither rebuilt nor restarted; failures stop up before anything.
 */
class BuildIT extends SwarmIT {

    static SwarmClient builder;
    static final List<String> made = new ArrayList<>();

    @BeforeAll
    static void openBuilder() {
        builder = new SwarmClient(DockerEndpoint.from(DockerEndpoint.DEFAULT_SOCKET, Map.of()), SpecJson.mapper());
    }

    /** The images the tests made, removed from the builder and every node once their environments are down. */
    @AfterAll
    static void removeImages() {
        List<SwarmClient> engines = new ArrayList<>(swarm.nodes);
        engines.add(builder);
        for (String image : made) {
            for (SwarmClient engine : engines) {
                try {
                    engine.images().remove(image);
                } catch (RuntimeException e) {
                    // still in use by a container being removed: left for gc
                }
            }
        }
        builder.close();
    }

    static String service(String name) {
        return service(name, "");
    }

    static String service(String name, String constraint) {
        return """
                  %s:
                    build: ./%s
                    stop_grace_period: 1s
                    deploy: {endpoint_mode: dnsrr%s}
                    healthcheck:
                      test: ["CMD-SHELL", "timeout 2 wget -q -O- http://127.0.0.1:8080/index.html | grep -q ."]
                      interval: 1s
                      retries: 30
                """.formatted(name, name,
                constraint.isEmpty() ? "" : ", placement: {constraints: [\"" + constraint + "\"]}");
    }

    static void context(Path dir, String name, String content) throws IOException {
        Path ctx = Files.createDirectories(dir.resolve(name));
        Files.writeString(ctx.resolve("Dockerfile"), """
                FROM %s
                COPY index.html /www/index.html
                CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
                """.formatted(swarm.image));
        Files.writeString(ctx.resolve("index.html"), content);
        Files.writeString(ctx.resolve(".dockerignore"), "*.tmp\n");
    }

    static List<String> running(String env, String service) {
        // a replaced task may still run a moment after up returned; it is already told to shut down
        return swarm.tasks(env, service).stream().filter(t -> t.running() && t.desiredState().equals("running"))
                .map(TaskState::id).toList();
    }

    static String deployedImage(String env, String service) {
        return swarm.manager.services(Map.of("name", List.of(env + "_" + service))).get(0).spec()
                .path("TaskTemplate").path("ContainerSpec").path("Image").asText();
    }

    @Test
    void builtImagesReachEveryNodeAndOnlyAChangedServiceIsRebuiltAndUpdated(@TempDir Path dir) throws Exception {
        String env = "bld-up";
        String unique = UUID.randomUUID().toString();
        context(dir, "web", "web " + unique);
        context(dir, "api", "api " + unique);
        TestSwarm.project(dir, "services:\n" + service("web") + service("api"));

        TestSwarm.Run first = swarm.berth(dir, "up", env, "-p", "bld-up", "--progress", "plain");
        assertThat(first.code()).as(first.all()).isZero();
        assertThat(first.out()).contains("built image berth/bld-up-web:", "built image berth/bld-up-api:");
        String web = deployedImage(env, "web");
        String api = deployedImage(env, "api");
        made.add(web);
        made.add(api);
        assertThat(web).matches("berth/bld-up-web:[0-9a-f]{12}");
        String builtId = builder.images().inspect(web).id();
        for (SwarmClient node : swarm.nodes) {
            ImageState onNode = node.images().inspect(web);
            assertThat(onNode).as("image on " + node.endpoint()).isNotNull();
            assertThat(onNode.id()).isEqualTo(builtId);
        }
        List<String> webTasks = running(env, "web");
        List<String> apiTasks = running(env, "api");
        assertThat(webTasks).hasSize(1);

        Files.writeString(dir.resolve("web/ignored.tmp"), "not part of the context");
        TestSwarm.Run again = swarm.berth(dir, "up", env, "-p", "bld-up", "--progress", "plain");
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).contains("unchanged image " + web, "unchanged image " + api)
                .doesNotContain("built image", "sent image", "created", "updated", "removed");
        assertThat(running(env, "web")).isEqualTo(webTasks);
        assertThat(running(env, "api")).isEqualTo(apiTasks);

        Files.writeString(dir.resolve("web/index.html"), "web changed " + unique);
        TestSwarm.Run changed = swarm.berth(dir, "up", env, "-p", "bld-up", "--progress", "plain");
        assertThat(changed.code()).as(changed.all()).isZero();
        String newWeb = deployedImage(env, "web");
        made.add(newWeb);
        assertThat(newWeb).isNotEqualTo(web);
        assertThat(changed.out()).contains("built image " + newWeb, "unchanged image " + api,
                "updated service bld-up_web (", "TaskTemplate.ContainerSpec.Image)")
                .doesNotContain("updated service bld-up_api");
        assertThat(running(env, "api")).isEqualTo(apiTasks);
        assertThat(running(env, "web")).doesNotContainAnyElementsOf(webTasks);
        swarm.down(env);
    }

    @Test
    void aFailingBuildStopsUpWithTheLogTailAndCreatesNothing(@TempDir Path dir) throws Exception {
        String env = "bld-fail";
        context(dir, "web", "ok");
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("Dockerfile"), """
                FROM %s
                RUN echo "compiling %s"; echo "error: the marker broke"; exit 3
                """.formatted(swarm.image, UUID.randomUUID()));
        TestSwarm.project(dir, "services:\n" + service("web") + service("bad"));

        TestSwarm.Run up = swarm.berth(dir, "up", env, "-p", "bld-fail", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isEqualTo(1);
        assertThat(up.err()).contains("berth: the image of service bad did not build: ",
                "returned a non-zero code: 3", "last lines of the output for bad:", "| error: the marker broke",
                "No service, network, config or secret was changed.");
        assertThat(swarm.leftovers(env)).isEmpty();
        assertThat(swarm.manager.networks(Map.of("name", List.of(env + "_default")))).isEmpty();
    }

    @Test
    void aNodeBerthCannotReachStopsUpUnlessItsPlacementExcludesIt(@TempDir Path dir) throws Exception {
        String env = "bld-reach";
        context(dir, "web", "reach " + UUID.randomUUID());
        TestSwarm.project(dir, "services:\n" + service("web"));
        String reachable = String.join(",", swarm.nodeHosts.subList(0, swarm.nodeHosts.size() - 1));
        String lastNode = swarm.nodes.get(swarm.nodes.size() - 1).info().name();

        TestSwarm.Run refused = swarm.berthWith(Map.of("BERTH_NODE_HOSTS", reachable), dir,
                "up", env, "-p", "bld-reach", "--progress", "plain");
        assertThat(refused.code()).as(refused.all()).isEqualTo(1);
        assertThat(refused.err()).contains("node " + lastNode + " may run service web but Berth cannot reach its"
                + " engine to load the image; name it under cluster.nodes in the configuration file or in"
                + " BERTH_NODE_HOSTS, or configure build.registry");
        assertThat(swarm.leftovers(env)).isEmpty();

        TestSwarm.project(dir, "services:\n" + service("web", "node.hostname!=" + lastNode));
        TestSwarm.Run placed = swarm.berthWith(Map.of("BERTH_NODE_HOSTS", reachable), dir,
                "up", env, "-p", "bld-reach", "--progress", "plain");
        assertThat(placed.code()).as(placed.all()).isZero();
        made.add(deployedImage(env, "web"));
        swarm.down(env);
    }

    @Test
    void berthBuildReportsEachImageAndWhereItWentAndReadsGitContexts(@TempDir Path dir) throws Exception {
        context(dir, "web", "build " + UUID.randomUUID());
        Path repo = dir.resolve("repo");
        context(repo, "site", "from git " + UUID.randomUUID());
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "site");
        TestSwarm.project(dir, "services:\n" + service("web")
                + "  site:\n    build: \"file://" + repo + "#main:site\"\n    stop_grace_period: 1s\n");

        TestSwarm.Run built = swarm.berth(dir, "build", "bld-cmd", "-p", "bld-cmd", "--progress", "quiet");
        assertThat(built.code()).as(built.all()).isZero();
        List<String> lines = built.out().lines().toList();
        assertThat(lines.get(0)).matches("SERVICE +IMAGE +STATUS +SIZE +SENT TO");
        String nodes = String.join(", ", swarm.nodes.stream().map(n -> n.info().name()).sorted().toList());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).matches("site +berth/bld-cmd-site:[0-9a-f]{12} +built +[0-9.]+[kM]?B +" + nodes);
        assertThat(lines.get(2)).matches("web +berth/bld-cmd-web:[0-9a-f]{12} +built +[0-9.]+[kM]?B +" + nodes);
        made.add(lines.get(1).split(" +")[1]);
        made.add(lines.get(2).split(" +")[1]);

        TestSwarm.Run again = swarm.berth(dir, "build", "bld-cmd", "web", "-p", "bld-cmd", "--progress", "quiet");
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out().lines().toList()).hasSize(2);
        assertThat(again.out().lines().toList().get(1)).contains(" unchanged ");
        assertThat(swarm.manager.services(Map.of("label", List.of("dev.berth.project=bld-cmd")))).isEmpty();
    }

    static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
