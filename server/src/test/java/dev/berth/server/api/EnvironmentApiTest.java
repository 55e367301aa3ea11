package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.server.BerthServer;
import dev.berth.server.FixedCluster;
import dev.berth.server.Http;
import dev.berth.server.Http.Response;
import dev.berth.server.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Environments, jobs, uploads and the cluster, with every authorization denial. */
abstract class EnvironmentApiTest extends ApiTestBase {

    @Test
    void environmentsComeFromTheClusterView() {
        JsonNode list = http.get("/api/v1/environments", ADMIN).json();
        assertThat(list.findValuesAsText("name")).containsExactly("blue-env", "cli-env");
        JsonNode blue = list.get(0);
        assertThat(blue.path("team").asText()).isEqualTo("blue");
        assertThat(blue.path("services").asInt()).isEqualTo(2);
        assertThat(blue.path("running").asInt()).isEqualTo(2);
        assertThat(blue.path("state").asText()).isEqualTo("up");
        JsonNode detail = http.get("/api/v1/environments/blue-env", ADMIN).json();
        assertThat(detail.path("services").findValuesAsText("name")).containsExactly("svc0", "svc1");
        assertThat(detail.path("services").get(0).path("replicas").asText()).isEqualTo("1/1");
        assertThat(detail.path("services").get(0).path("nodes").get(0).asText()).isEqualTo("berth-node1");
        Response missing = http.get("/api/v1/environments/nope", ADMIN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).isEqualTo("no environment nope");
        Response bad = http.get("/api/v1/environments/Bad_Name", ADMIN);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorMessage()).startsWith("environment name \"Bad_Name\" is invalid");
    }

    @Test
    void viewersReadButChangeNothing() throws Exception {
        String viewer = user("ivy", "viewer", "blue");
        assertThat(http.get("/api/v1/environments", viewer).status()).isEqualTo(200);
        Response up = http.put("/api/v1/environments/blue-env", viewer, compose("services: {}\n"));
        assertThat(up.status()).isEqualTo(403);
        assertThat(up.errorMessage()).isEqualTo("ivy is a viewer and may not change environments");
        assertThat(http.put("/api/v1/environments/new-env", viewer, compose("services: {}\n")).status()).isEqualTo(403);
        assertThat(http.delete("/api/v1/environments/blue-env", viewer).status()).isEqualTo(403);
    }

    @Test
    void membersChangeOnlyTheirTeamsEnvironments() throws Exception {
        String red = user("jack", "member", "red");
        Response up = http.put("/api/v1/environments/blue-env", red, compose("services: {}\n"));
        assertThat(up.status()).isEqualTo(403);
        assertThat(up.errorMessage()).isEqualTo("environment blue-env belongs to team blue; jack is in team red");
        Response down = http.delete("/api/v1/environments/blue-env", red);
        assertThat(down.status()).isEqualTo(403);
        Response cli = http.delete("/api/v1/environments/cli-env", red);
        assertThat(cli.status()).isEqualTo(403);
        assertThat(cli.errorMessage()).isEqualTo("environment cli-env belongs to no team (only admins may change it)");
        String blue = user("kim", "member", "blue");
        Response own = http.delete("/api/v1/environments/blue-env", blue);
        assertThat(own.status()).as(own.body()).isEqualTo(202);
    }

    @Test
    void volumesLeftByAnEnvironmentWithoutServicesAreOnlyAnAdminsToRemove() throws Exception {
        String red = user("jack", "member", "red");
        Response volumes = http.delete("/api/v1/environments/gone-env?volumes=true", red);
        assertThat(volumes.status()).isEqualTo(403);
        assertThat(volumes.errorMessage()).isEqualTo("environment gone-env has no services left, so no label says whose"
                + " its volumes are; only admins may remove them");
        assertThat(http.delete("/api/v1/environments/gone-env", red).status()).isEqualTo(202);
        assertThat(http.delete("/api/v1/environments/other-env?volumes=true", ADMIN).status()).isEqualTo(202);
    }

    @Test
    void whileTheClusterCannotBeReadMembersCannotBeToldWhoseANewNameIs() throws Exception {
        String red = user("jack", "member", "red");
        cluster.failure = "cannot reach the manager";
        server.cache().refresh();
        Response up = http.put("/api/v1/environments/new-env", red, compose("services:\n  web: {image: busybox}\n"));
        assertThat(up.status()).isEqualTo(503);
        assertThat(up.errorMessage()).isEqualTo("the server cannot read the cluster now, so it cannot tell whose"
                + " environment new-env is: cannot reach the manager");
        // what the last reading showed still decides, and an admin may go on: the job asks the cluster again
        assertThat(http.delete("/api/v1/environments/blue-env", red).status()).isEqualTo(403);
        assertThat(http.put("/api/v1/environments/new-env", ADMIN, compose("services:\n  web: {image: busybox}\n"))
                .status()).isEqualTo(202);
        cluster.failure = null;
        server.cache().refresh();
        assertThat(http.put("/api/v1/environments/new-env2", red, compose("services:\n  web: {image: busybox}\n"))
                .status()).isEqualTo(202);
    }

    @Test
    void invalidComposeFilesAreRefusedWithPositionsAndNoJob() throws Exception {
        String yaml = "services:\n  web:\n    image: busybox\n    healthcheck:\n      interval: 10 seconds\n";
        Response r = http.put("/api/v1/environments/bad-env", ADMIN, compose(yaml));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("the project is invalid (1 problem)");
        JsonNode p = r.json().path("error").path("problems").get(0);
        assertThat(p.path("file").asText()).isEqualTo("compose.yaml");
        assertThat(p.path("line").asInt()).isEqualTo(5);
        assertThat(p.path("column").asInt()).isEqualTo(17);
        assertThat(p.path("path").asText()).isEqualTo("services.web.healthcheck.interval");
        assertThat(p.path("message").asText()).contains("10 seconds");
        assertThat(http.get("/api/v1/jobs", ADMIN).json()).isEmpty();
    }

    @Test
    void uploadsAreChecked() throws Exception {
        assertThat(http.put("/api/v1/environments/x", ADMIN, "{}").errorMessage())
                .startsWith("the body names no files");
        assertThat(http.put("/api/v1/environments/x", ADMIN,
                "{\"files\":{\"../evil.yaml\":\"services: {}\"}}").errorMessage())
                .startsWith("file name \"../evil.yaml\" is invalid");
        assertThat(http.put("/api/v1/environments/x", ADMIN,
                "{\"files\":{\"a.yaml\":\"services: {}\"},\"order\":[\"b.yaml\"]}").errorMessage())
                .isEqualTo("\"order\" names b.yaml, which is not among the files: a.yaml");
        assertThat(http.put("/api/v1/environments/x", ADMIN,
                "{\"files\":{\"a.yaml\":\"services: {}\",\"a.yaml/b\":\"x\"}}").errorMessage())
                .isEqualTo("file name \"a.yaml\" is both a file and a directory of other files");
        assertThat(http.put("/api/v1/environments/x", ADMIN, "null").errorMessage())
                .isEqualTo("the body is null; the request needs a JSON object");
        assertThat(http.put("/api/v1/environments/x", ADMIN,
                "{\"example\":\"hello\",\"ttl\":\"999999999999999d\"}").errorMessage())
                .contains("is too long: at most 36500d");
        assertThat(http.put("/api/v1/environments/x", ADMIN, "{\"example\":\"nope\"}").errorMessage())
                .startsWith("no bundled example \"nope\"; the server has: ").contains("hello");
        assertThat(http.put("/api/v1/environments/x", ADMIN,
                "{\"example\":\"hello\",\"ttl\":\"forever\"}").errorMessage())
                .startsWith("ttl \"forever\" is invalid");
    }

    @Test
    void uploadedFilesNameOnlyEachOtherNeverTheServersOwnFiles() throws Exception {
        String outside = "is outside the files sent to the server; a project sent to the server may name only files"
                + " among them";
        // read while loading: env files and includes
        Response env = http.put("/api/v1/environments/x", ADMIN, compose(
                "services:\n  web:\n    image: busybox\n    env_file: /proc/self/environ\n"));
        assertThat(env.status()).as(env.body()).isEqualTo(400);
        JsonNode p = env.json().path("error").path("problems").get(0);
        assertThat(p.path("path").asText()).isEqualTo("services.web.env_file");
        assertThat(p.path("line").asInt()).isEqualTo(4);
        assertThat(p.path("message").asText()).isEqualTo("env file /proc/self/environ cannot be read: " + outside);
        Response include = http.put("/api/v1/environments/x", ADMIN, compose("include: [../../../../etc/compose.yaml]\n"
                + "services:\n  web: {image: busybox}\n"));
        assertThat(include.status()).as(include.body()).isEqualTo(400);
        assertThat(include.body()).contains(outside);
        // read later, to deploy or build: config and secret files, build contexts
        Response later = http.put("/api/v1/environments/x", ADMIN, compose("""
                services:
                  web: {image: busybox, build: {context: /, dockerfile: etc/Dockerfile}}
                configs:
                  c: {file: ../../etc/passwd}
                secrets:
                  s: {file: ~/.ssh/id_rsa}
                """));
        assertThat(later.status()).as(later.body()).isEqualTo(400);
        assertThat(later.json().path("error").path("problems").findValuesAsText("path")).containsExactly(
                "configs.c.file", "secrets.s.file", "services.web.build.context", "services.web.build.dockerfile");
        assertThat(later.json().path("error").path("problems").findValuesAsText("message"))
                .allMatch(m -> m.endsWith(outside)).anyMatch(m -> m.contains("/etc/passwd ")).contains("/ " + outside);
        assertThat(http.get("/api/v1/jobs", ADMIN).json()).isEmpty();
        // a file among the uploaded ones is what a config should name
        Response own = http.put("/api/v1/environments/own-files", ADMIN, new ObjectMapper().writeValueAsString(
                Map.of("files", Map.of("compose.yaml", "services:\n  web: {image: busybox}\n"
                        + "configs:\n  c: {file: conf/app.conf}\n", "conf/app.conf", "x=1\n"))));
        assertThat(own.status()).as(own.body()).isEqualTo(202);
    }

    @Test
    void upIsAJobWhoseEventsReplayAfterItEnded() throws Exception {
        Response up = http.put("/api/v1/environments/job-env", ADMIN, "{\"example\":\"hello\"}");
        assertThat(up.status()).as(up.body()).isEqualTo(202);
        String id = up.json().path("job").path("id").asText();
        assertThat(up.raw().headers().firstValue("Location")).hasValue("/api/v1/jobs/" + id);
        JsonNode job = waitForJob(id, ADMIN);
        // This server reaches no engine: the job fails, and says why.
        assertThat(job.path("state").asText()).isEqualTo("failed");
        assertThat(job.path("kind").asText()).isEqualTo("up");
        assertThat(job.path("user").asText()).isEqualTo("admin");
        assertThat(job.path("message").asText()).isNotEmpty();
        Response events = http.events("/api/v1/jobs/" + id + "/events", ADMIN);
        assertThat(events.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(events.body()).contains("event: failed").contains("event: done").contains("\"state\":\"failed\"");
        JsonNode history = http.get("/api/v1/environments/job-env/history", ADMIN).json();
        assertThat(history.get(0).path("files").findValuesAsText("file"))
                .containsExactly("compose-compile.yaml", "compose-dependency.yaml", "compose-deploy.yaml");
        assertThat(history.get(0).path("files").get(0).path("sha256").asText()).hasSize(64);
        assertThat(http.get("/api/v1/jobs/nope", ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/jobs/nope/events", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void unknownEndpointsAnswerJson() {
        Response r = http.get("/api/v1/nothing-here", ADMIN);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorMessage()).isEqualTo("no such endpoint: GET /api/v1/nothing-here");
    }
}
