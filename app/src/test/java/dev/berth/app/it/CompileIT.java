package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile step on the builder (the local engine), artifacts in the store, module images
 * loaded into the test swarm's nodes, and templated configs: in the three-file layout.
 */
class CompileIT extends SwarmIT {

    private static final String COMPILE = """
            x-berth:
              source: {path: ./src}
            services:
              compile:
                image: ${IMAGE}
                command: ["sh", "-c", "mkdir -p /src/out && cp /src/catalog.txt /src/gateway.txt /src/out/ && echo compiled"]
                x-berth-compile:
                  outputs:
                    catalog.txt: /src/out/catalog.txt
                    gateway.txt: /src/out/gateway.txt
            """;

    private static final String DEPLOY = """
            services:
              catalog:
                image: ${IMAGE}
                command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
                stop_grace_period: 1s
                deploy: {endpoint_mode: dnsrr}
                ports:
                  - target: 8080
                    published: "${CATALOG_PORT}"
                    mode: host
                x-berth-artifacts:
                  catalog.txt: /www/index.html
              gateway:
                image: ${IMAGE}
                command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
                stop_grace_period: 1s
                deploy: {endpoint_mode: dnsrr}
                ports:
                  - target: 8080
                    published: "${GATEWAY_PORT}"
                    mode: host
                x-berth-artifacts:
                  gateway.txt: /www/index.html
                configs:
                  - {source: gateway-conf, target: /www/conf.txt}
            configs:
              gateway-conf:
                file: ./conf/gateway.properties
                x-berth-template: true
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Map<String, String> variables(Path dir) {
        return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "CATALOG_PORT", "27311", "GATEWAY_PORT", "27312");
    }

    /** The three-file layout: a compile step making catalog.txt and gateway.txt, two httpd modules serving them. */
    static Path project(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("compile.yaml"), COMPILE);
        Files.writeString(dir.resolve("deploy.yaml"), DEPLOY);
        Files.writeString(dir.resolve("src/catalog.txt"), "catalog v1\n");
        Files.writeString(dir.resolve("src/gateway.txt"), "gateway v1\n");
        Files.writeString(dir.resolve("conf/gateway.properties"),
                "environment={{ environment }}\ncatalog.url=http://{{ service.catalog }}:8080/\n");
        return dir;
    }

    private TestSwarm.Run up(Path dir, String env) {
        return swarm.berthWith(variables(dir), dir, "up", env, "-f", "compile.yaml", "-f", "deploy.yaml", "--progress", "plain");
    }

    /** The address a service's running task answers on (host mode: the node that runs it), from berth ps. */
    static String address(Path dir, String env, String service) throws Exception {
        Pattern published = Pattern.compile("([0-9.]+:[0-9]+)->");
        // up to 30 s: on a loaded machine a task may take a while to reach running after up returned
        for (int i = 0; i < 120; i++) {
            TestSwarm.Run ps = swarm.berth(dir, "ps", env, "--format", "json");
            for (var task : new com.fasterxml.jackson.databind.ObjectMapper().readTree(ps.out())) {
                if (task.path("service").asText().equals(service) && task.path("state").asText().equals("running")
                        && task.path("published").size() > 0) {
                    Matcher m = published.matcher(task.path("published").get(0).asText());
                    if (m.find()) {
                        return m.group(1);
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no running task of " + service + " publishes a port");
    }

    static String get(String address, String path) throws Exception {
        Exception last = null;
        for (int i = 0; i < 40; i++) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + address + path))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (java.io.IOException e) {
                last = e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no answer from " + address + path, last);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private TestSwarm.Run projectArtifacts(Path dir) {
        TestSwarm.Run run = swarm.berthWith(variables(dir), dir, "artifacts", "--project", "-f", "compile.yaml",
                "-f", "deploy.yaml", "--format", "json");
        assertThat(run.code()).as(run.all()).isZero();
        return run;
    }

    private static com.fasterxml.jackson.databind.JsonNode json(TestSwarm.Run run) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    }

    /**
     * berth artifacts ENV against berth artifacts --project: the same artifacts, bytes, sizes, consumers and
     * store state; gateway's producer is the step's current run, catalog's the first (it was not redeployed).
     */
    private void environmentArtifactsMatchTheProjects(Path dir, String env, com.fasterxml.jackson.databind.JsonNode project,
                                                      String firstInputs) throws Exception {
        TestSwarm.Run deployed = swarm.berthWith(variables(dir), dir, "artifacts", env, "--format", "json");
        assertThat(deployed.code()).as(deployed.all()).isZero();
        var rows = json(deployed);
        assertThat(rows).hasSize(project.size());
        String currentInputs = project.get(0).path("inputHash").asText();
        assertThat(currentInputs).isNotEqualTo(firstInputs);
        for (int i = 0; i < project.size(); i++) {
            var want = project.get(i);
            var got = rows.get(i);
            assertThat(got.path("name").asText()).isEqualTo(want.path("name").asText());
            assertThat(got.path("sha256").asText()).isEqualTo(want.path("sha256").asText());
            assertThat(got.path("size").asLong()).isEqualTo(want.path("size").asLong());
            assertThat(got.path("consumers")).isEqualTo(want.path("consumers"));
            assertThat(got.path("stored").asText()).isEqualTo(want.path("stored").asText()).isEqualTo("yes");
            assertThat(got.path("producers")).hasSize(1);
            assertThat(got.path("producers").get(0).path("step").asText()).isEqualTo(want.path("producer").asText());
            assertThat(got.path("producers").get(0).path("inputHash").asText())
                    .isEqualTo(want.path("name").asText().equals("gateway.txt") ? currentInputs : firstInputs);
        }

        TestSwarm.Run table = swarm.berthWith(variables(dir), dir, "artifacts", env);
        assertThat(table.code()).as(table.all()).isZero();
        assertThat(table.out()).startsWith("ARTIFACT ").containsPattern("gateway\\.txt +" + sha256("gateway v2\n").substring(0, 12)
                + " +11 +compile \\(inputs " + currentInputs.substring(0, 12) + "\\) +gateway:/www/index\\.html +yes\n");

        TestSwarm.Run unknown = swarm.berthWith(variables(dir), dir, "artifacts", env, "--artifact", "gateway.txt",
                "--artifact", "nope.txt");
        assertThat(unknown.code()).as(unknown.all()).isEqualTo(2);
        assertThat(unknown.err()).contains("berth: environment " + env + " has no artifact nope.txt; it has catalog.txt,"
                + " gateway.txt");

        TestSwarm.Run missing = swarm.berthWith(variables(dir), dir, "artifacts", "cmp-nowhere");
        assertThat(missing.code()).as(missing.all()).isEqualTo(1);
        assertThat(missing.err()).contains("berth: environment cmp-nowhere does not exist (berth ls lists them)");
    }

    @Test
    void compilesDeliversArtifactsAndRebuildsOnlyWhatChanged(@TempDir Path dir) throws Exception {
        project(dir);
        String env = "cmp-deliver";
        TestSwarm.Run first = up(dir, env);
        assertThat(first.code()).as(first.all()).isZero();
        assertThat(first.out()).contains("compile step compile: running in").containsPattern("built image berth-module/\\S+-catalog:")
                .containsPattern("built image berth-module/\\S+-gateway:");
        Path blobs = dir.resolve("cache/berth/artifacts/blobs/sha256");
        assertThat(blobs.resolve(sha256("catalog v1\n"))).hasContent("catalog v1");
        assertThat(blobs.resolve(sha256("gateway v1\n"))).hasContent("gateway v1");
        assertThat(get(address(dir, env, "catalog"), "/index.html")).isEqualTo("catalog v1\n");
        assertThat(get(address(dir, env, "gateway"), "/index.html")).isEqualTo("gateway v1\n");
        assertThat(get(address(dir, env, "gateway"), "/conf.txt"))
                .isEqualTo("environment=" + env + "\ncatalog.url=http://catalog:8080/\n");
        assertThat(swarm.manager.services(Map.of("name", List.of(env + "_catalog"))).get(0).labels())
                .containsEntry("dev.berth.artifacts", "catalog.txt=sha256:" + sha256("catalog v1\n") + "@/www/index.html");
        assertThat(swarm.manager.services(Map.of("name", List.of(env + "_compile")))).as("the compile step is not deployed").isEmpty();
        String firstInputs = json(projectArtifacts(dir)).get(0).path("inputHash").asText();
        assertThat(swarm.manager.services(Map.of("name", List.of(env + "_catalog"))).get(0).labels())
                .containsEntry("dev.berth.artifacts-producer", "compile@" + firstInputs);

        TestSwarm.Run again = up(dir, env);
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).contains("compile step compile: unchanged").containsPattern("unchanged image berth-module/\\S+-catalog:")
                .containsPattern("unchanged image berth-module/\\S+-gateway:")
                .doesNotContain("running in", "built image", "sent image", "created", "updated");

        Files.writeString(dir.resolve("src/gateway.txt"), "gateway v2\n");
        TestSwarm.Run changed = up(dir, env);
        assertThat(changed.code()).as(changed.all()).isZero();
        assertThat(changed.out()).contains("compile step compile: running in", "updated service " + env + "_gateway")
                .containsPattern("built image berth-module/\\S+-gateway:").containsPattern("unchanged image berth-module/\\S+-catalog:")
                .doesNotContain("updated service " + env + "_catalog");
        assertThat(get(address(dir, env, "gateway"), "/index.html")).isEqualTo("gateway v2\n");

        TestSwarm.Run artifacts = projectArtifacts(dir);
        assertThat(artifacts.out()).contains("\"sha256\" : \"" + sha256("gateway v2\n") + "\"", "\"stored\" : \"yes\"",
                "\"service\" : \"gateway\"", "\"target\" : \"/www/index.html\"");
        environmentArtifactsMatchTheProjects(dir, env, json(artifacts), firstInputs);

        Path blob = blobs.resolve(sha256("catalog v1\n"));
        Files.writeString(blob, "tampered\n");
        TestSwarm.Run corrupted = up(dir, env);
        assertThat(corrupted.code()).as(corrupted.all()).isEqualTo(1);
        assertThat(corrupted.err()).contains("catalog: artifact catalog.txt is corrupted in the store: " + blob,
                "No service, network, config or secret was changed.");
        TestSwarm.Run seen = swarm.berthWith(variables(dir), dir, "artifacts", env, "--artifact", "catalog.txt");
        assertThat(seen.code()).as(seen.all()).isZero();
        List<String> lines = seen.out().lines().skip(1).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("catalog.txt   " + sha256("catalog v1\n").substring(0, 12)).endsWith(" corrupted");
    }

    @Test
    void aMissingOutputOrImageIsNamedAndNothingIsCreated(@TempDir Path dir) throws Exception {
        project(dir);
        String env = "cmp-missing";
        Files.writeString(dir.resolve("compile.yaml"), COMPILE.replace("/src/out/gateway.txt", "/src/out/nowhere.txt"));
        TestSwarm.Run noOutput = up(dir, env);
        assertThat(noOutput.code()).as(noOutput.all()).isEqualTo(1);
        assertThat(noOutput.err()).contains("the compile step compile left no /src/out/nowhere.txt for artifact gateway.txt");

        Files.writeString(dir.resolve("compile.yaml"), COMPILE.replace("image: ${IMAGE}", "image: berth/no-such-image:1"));
        TestSwarm.Run noImage = up(dir, env);
        assertThat(noImage.code()).as(noImage.all()).isEqualTo(1);
        assertThat(noImage.err()).contains("the image berth/no-such-image:1 of compile is not on the builder engine");
        assertThat(swarm.leftovers(env)).isEmpty();
    }

    @Test
    void aFailingCompileStopsUpWithItsLastLinesAndCreatesNothing(@TempDir Path dir) throws Exception {
        project(dir);
        Files.writeString(dir.resolve("compile.yaml"), COMPILE.replace("echo compiled",
                "echo compiling; echo no compiler >&2; exit 1"));
        String env = "cmp-failing";
        TestSwarm.Run run = up(dir, env);
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        // stdout and stderr reach the engine's log through separate pipes: their order may differ
        assertThat(run.err()).contains("the compile step compile exited with code 1", "last lines of the output for compile:",
                "    | compiling\n", "    | no compiler\n", "No service, network, config or secret was changed.");
        assertThat(swarm.leftovers(env)).isEmpty();
        try (SwarmClient local = new SwarmClient(DockerEndpoint.from(DockerEndpoint.DEFAULT_SOCKET, Map.of()), SpecJson.mapper())) {
            assertThat(local.local().containers(Map.of("label", List.of("dev.berth.compile-step")))).as("the step's container is removed").isEmpty();
        }
    }

    @Test
    void aBadPlaceholderStopsUpBeforeTheCompileStepWithItsPosition(@TempDir Path dir) throws Exception {
        project(dir);
        Files.writeString(dir.resolve("conf/gateway.properties"), "a=1\nb={{ service.orders }}\n");
        String env = "cmp-template";
        TestSwarm.Run run = up(dir, env);
        assertThat(run.code()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("conf/gateway.properties") + ":2:3: configs.gateway-conf: no service"
                + " \"orders\" in the environment; known: catalog, gateway");
        assertThat(run.out()).doesNotContain("running in");
        assertThat(swarm.leftovers(env)).isEmpty();
    }
}
