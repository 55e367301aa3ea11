package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.server.Http.Response;
import org.junit.jupiter.api.Test;

/**
 * The endpoints that read from the cluster without changing it — plan, logs and published
 * ports — on a server that reaches no engine: what they refuse before asking the cluster, who
 * may ask (every signed-in user, viewers too), and the engine they name when they cannot reach it.
 */
abstract class ReadApiTest extends ApiTestBase {

    private static final String HELLO = "services:\n  web:\n    image: busybox\n    ports: [\"8080:80\"]\n";

    @Test
    void planNeedsASignedInUser() throws Exception {
        Response none = http.post("/api/v1/environments/blue-env/plan", null, compose(HELLO));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        Response wrong = http.post("/api/v1/environments/blue-env/plan", "berth_not-a-token", compose(HELLO));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void aViewerMayPlanSinceAPlanCreatesNothing() throws Exception {
        String viewer = user("ivy", "viewer", "blue");
        Response r = http.post("/api/v1/environments/new-env/plan", viewer, compose(HELLO));
        // Past authorization the plan asks the manager, which this server cannot reach.
        assertThat(r.status()).as(r.body()).isEqualTo(502);
        assertThat(r.errorMessage()).startsWith("cannot reach the Docker engine at unix://").contains("no-engine.sock");
        assertThat(http.get("/api/v1/jobs", ADMIN).json()).isEmpty();
    }

    @Test
    void planRefusesAnInvalidProjectWithPositionsBeforeAskingTheCluster() throws Exception {
        String member = user("mona", "member", "blue");
        String yaml = "services:\n  web:\n    image: busybox\n    deploy:\n      replicas: many\n";
        Response r = http.post("/api/v1/environments/blue-env/plan", member, compose(yaml));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("the project is invalid (1 problem)");
        JsonNode p = r.json().path("error").path("problems").get(0);
        assertThat(p.path("file").asText()).isEqualTo("compose.yaml");
        assertThat(p.path("line").asInt()).isEqualTo(5);
        assertThat(p.path("path").asText()).isEqualTo("services.web.deploy.replicas");
        Response bad = http.post("/api/v1/environments/Bad_Name/plan", member, compose(HELLO));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorMessage()).startsWith("environment name \"Bad_Name\" is invalid");
        Response empty = http.post("/api/v1/environments/blue-env/plan", member, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorMessage()).startsWith("the body names no files");
        Response notJson = http.post("/api/v1/environments/blue-env/plan", member, "services: {}");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void logsNeedASignedInUser() {
        assertThat(http.get("/api/v1/environments/blue-env/logs", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/environments/blue-env/logs?follow=true", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/environments/blue-env/logs", "berth_not-a-token").status()).isEqualTo(401);
    }

    @Test
    void aViewerMayReadLogsOfAnyTeamsEnvironment() {
        String viewer = user("ivy", "viewer", "red");
        Response r = http.get("/api/v1/environments/blue-env/logs?service=svc0&tail=10", viewer);
        // Past authorization the logs are read from the manager, which this server cannot reach.
        assertThat(r.status()).as(r.body()).isEqualTo(502);
        assertThat(r.errorMessage()).startsWith("cannot reach the Docker engine at unix://");
    }

    @Test
    void logsOfAnUnknownEnvironmentOrWithABadQueryAreRefused() {
        String viewer = user("ivy", "viewer", "blue");
        Response missing = http.get("/api/v1/environments/nope/logs", viewer);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).isEqualTo("no environment nope");
        // Following an unknown environment is refused as JSON, before any event stream starts.
        Response following = http.get("/api/v1/environments/nope/logs?follow=true", viewer);
        assertThat(following.status()).isEqualTo(404);
        assertThat(following.errorMessage()).isEqualTo("no environment nope");
        Response tail = http.get("/api/v1/environments/blue-env/logs?tail=lots", viewer);
        assertThat(tail.status()).isEqualTo(400);
        assertThat(tail.errorMessage()).isEqualTo("query parameter tail=lots is invalid: expected a number from 0 to 100000");
        Response follow = http.get("/api/v1/environments/blue-env/logs?follow=maybe", viewer);
        assertThat(follow.status()).isEqualTo(400);
        assertThat(follow.errorMessage()).isEqualTo("query parameter follow=maybe is invalid: expected true or false");
        assertThat(http.get("/api/v1/environments/Bad_Name/logs", viewer).status()).isEqualTo(400);
    }

    @Test
    void portsAreForSignedInUsersAndCheckWhatTheyAreAsked() {
        assertThat(http.get("/api/v1/environments/blue-env/services/svc0/ports", null).status()).isEqualTo(401);
        String viewer = user("ivy", "viewer", "red");
        Response missing = http.get("/api/v1/environments/nope/services/web/ports", viewer);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).isEqualTo("no environment nope");
        Response port = http.get("/api/v1/environments/blue-env/services/svc0/ports?port=eighty", viewer);
        assertThat(port.status()).isEqualTo(400);
        assertThat(port.errorMessage()).isEqualTo("port: expected PORT or PORT/PROTOCOL such as 80 or 53/udp, found"
                + " \"eighty\"");
        Response r = http.get("/api/v1/environments/blue-env/services/svc0/ports?port=80/tcp", viewer);
        assertThat(r.status()).as(r.body()).isEqualTo(502);
        assertThat(r.errorMessage()).startsWith("cannot reach the Docker engine at unix://");
    }

    @Test
    void artifactsAreForSignedInUsersAndNameAnEnvironmentThatIsNotThere() {
        assertThat(http.get("/api/v1/environments/blue-env/artifacts", null).status()).isEqualTo(401);
        String viewer = user("ivy", "viewer", "red");
        Response missing = http.get("/api/v1/environments/nope/artifacts", viewer);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorMessage()).isEqualTo("environment nope does not exist (berth ls lists them)");
        assertThat(http.get("/api/v1/environments/Bad_Name/artifacts", viewer).status()).isEqualTo(400);
        Response r = http.get("/api/v1/environments/blue-env/artifacts", viewer);
        assertThat(r.status()).as(r.body()).isEqualTo(502);
        assertThat(r.errorMessage()).startsWith("cannot reach the Docker engine at unix://");
    }
}
