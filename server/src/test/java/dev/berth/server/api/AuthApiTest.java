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

/** Open endpoints, authentication, users, tokens, sessions and the audit log. */
abstract class AuthApiTest extends ApiTestBase {

    @Test
    void healthAndOpenApiNeedNoToken() {
        assertThat(http.get("/api/v1/health", null).json().path("status").asText()).isEqualTo("ok");
        Response doc = http.get("/api/v1/openapi.json", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.json().path("openapi").asText()).startsWith("3.");
    }

    @Test
    void openApiDocumentNamesEveryRouteAndNoOther() {
        JsonNode paths = http.get("/api/v1/openapi.json", null).json().path("paths");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + path.getKey()));
        }
        Set<String> served = new HashSet<>();
        server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(served);
        // Every reference in the document resolves to a schema it defines.
        JsonNode schemas = http.get("/api/v1/openapi.json", null).json().path("components").path("schemas");
        List<String> refs = new ArrayList<>();
        collectRefs(http.get("/api/v1/openapi.json", null).json(), refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref ->
                assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue());
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.has("$ref")) {
            out.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, out));
    }

    @Test
    void missingTokenIsRefused() {
        Response r = http.get("/api/v1/environments", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorMessage()).contains("authentication required").contains("Bearer");
        assertThat(r.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void unknownTokenIsRefused() {
        Response r = http.get("/api/v1/me", "berth_not-a-real-token");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorMessage()).isEqualTo("the token is unknown, revoked or expired");
        assertThat(http.get("/api/v1/me", null).status()).isEqualTo(401);
    }

    @Test
    void malformedAuthorizationIsRefused() {
        Response r = http.send("/api/v1/me", "Basic YWRtaW46YWRtaW4=");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.errorMessage()).contains("must be 'Bearer <token>'");
    }

    @Test
    void repeatedFailuresFromOneAddressAreRateLimited() {
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/me", "berth_wrong-" + i).status()).isEqualTo(401);
        }
        Response limited = http.get("/api/v1/me", "berth_wrong-again");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorMessage()).startsWith("too many failed authentications from 127.0.0.1");
        assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();
        // Even the right token waits: the address is refused until the window moves on.
        assertThat(http.get("/api/v1/me", ADMIN).status()).isEqualTo(429);
        Response signIn = http.post("/api/v1/session", null, "{\"user\":\"admin\",\"password\":\"x\"}");
        assertThat(signIn.status()).isEqualTo(429);
    }

    @Test
    void meNamesTheFirstAdmin() {
        JsonNode me = http.get("/api/v1/me", ADMIN).json();
        assertThat(me.path("name").asText()).isEqualTo("admin");
        assertThat(me.path("role").asText()).isEqualTo("admin");
        assertThat(me.path("team").asText()).isEqualTo("admins");
    }


    @Test
    void signInWithPasswordGivesASessionToken() {
        user("carol", "member", "blue", "correct-horse-1");
        Response in = http.post("/api/v1/session", null, "{\"user\":\"carol\",\"password\":\"correct-horse-1\"}");
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        assertThat(in.json().path("user").path("team").asText()).isEqualTo("blue");
        String session = in.json().path("token").asText();
        assertThat(http.get("/api/v1/me", session).json().path("name").asText()).isEqualTo("carol");
        Response wrong = http.post("/api/v1/session", null, "{\"user\":\"carol\",\"password\":\"wrong-horse-1\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.errorMessage()).isEqualTo("wrong user name or password");
    }

    @Test
    void onlyAdminsManageUsers() {
        String member = user("dave", "member", "blue");
        Response r = http.post("/api/v1/users", member, "{\"name\":\"eve\",\"role\":\"admin\",\"team\":\"blue\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorMessage()).isEqualTo("only admins may do this; dave is a member");
        assertThat(http.get("/api/v1/users", member).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/users", ADMIN).json().findValuesAsText("name")).contains("admin", "dave");
    }

    @Test
    void badUserInputIsExplained() {
        assertThat(http.post("/api/v1/users", ADMIN, "{\"name\":\"Bad Name\",\"team\":\"blue\"}").errorMessage())
                .startsWith("user name \"Bad Name\" is invalid");
        assertThat(http.post("/api/v1/users", ADMIN, "{\"name\":\"fred\",\"role\":\"boss\",\"team\":\"blue\"}")
                .errorMessage()).isEqualTo("role \"boss\" is invalid: expected admin, member or viewer");
        assertThat(http.post("/api/v1/users", ADMIN, "{\"name\":\"fred\",\"team\":\"blue\",\"password\":\"short\"}")
                .errorMessage()).isEqualTo("the password is too short: use at least 10 characters");
        assertThat(http.post("/api/v1/users", ADMIN, "{\"nom\":\"fred\"}").errorMessage())
                .startsWith("unknown field \"nom\" in the body");
        assertThat(http.post("/api/v1/users", ADMIN, "{not json").status()).isEqualTo(400);
        user("fred", "member", "blue");
        Response again = http.post("/api/v1/users", ADMIN, "{\"name\":\"fred\",\"team\":\"blue\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorMessage()).isEqualTo("user fred exists already");
    }

    @Test
    void tokensAreShownOnceListedWithoutValueAndRevocable() {
        String token = user("gina", "member", "blue");
        Response list = http.get("/api/v1/users/gina/tokens", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).contains("\"kind\":\"api\"");
        String id = list.json().get(0).path("id").asText();
        String other = user("hank", "member", "blue");
        Response foreign = http.delete("/api/v1/tokens/" + id, other);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.errorMessage()).isEqualTo("only admins may revoke the tokens of other users");
        assertThat(http.post("/api/v1/users/gina/tokens", other, "{}").status()).isEqualTo(403);
        Response tooLong = http.post("/api/v1/users/gina/tokens", token, "{\"description\":\"" + "x".repeat(201) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorMessage()).isEqualTo("the token's description is too long: 201 characters, at most 200");
        assertThat(http.post("/api/v1/session", null, "null").errorMessage())
                .isEqualTo("the body is null; the request needs a JSON object");
        assertThat(http.delete("/api/v1/tokens/" + id, token).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(http.delete("/api/v1/tokens/nope", ADMIN).status()).isEqualTo(404);
    }


    @Test
    void aRestartedServerMarksJobsLeftRunningInterruptedAndKeepsItsUsers() throws Exception {
        String token = user("nora", "member", "blue");
        server.close();
        try (dev.berth.server.store.Database db = dev.berth.server.store.Database.open(url)) {
            // What a killed server leaves: a job still marked running.
            new dev.berth.server.store.JobStore(db).insert(new dev.berth.server.store.JobStore.JobRow("killed1", "up",
                    "blue-env", "nora", "running", null, Instant.now(), Instant.now(), null));
        }
        server = TestServer.start(url, dataDir, cluster, 5);
        http = new Http(server.port());
        assertThat(server.interruptedJobs()).isEqualTo(1);
        JsonNode job = http.get("/api/v1/jobs/killed1", token).json();
        assertThat(job.path("state").asText()).isEqualTo("interrupted");
        assertThat(job.path("message").asText()).contains("run it again (up converges)");
        assertThat(http.get("/api/v1/me", token).json().path("name").asText()).isEqualTo("nora");
        // The view of environments comes from the cluster again, not from the database.
        assertThat(http.get("/api/v1/environments", token).json().findValuesAsText("name"))
                .containsExactly("blue-env", "cli-env");
    }

    @Test
    void everyMutatingRequestIsAudited() throws Exception {
        String viewer = user("lena", "viewer", "blue");
        http.put("/api/v1/environments/blue-env", viewer, compose("services: {}\n"));
        http.get("/api/v1/environments", viewer);
        Response audit = http.get("/api/v1/audit", ADMIN);
        assertThat(audit.status()).isEqualTo(200);
        JsonNode newest = audit.json().get(0);
        assertThat(newest.path("user").asText()).isEqualTo("lena");
        assertThat(newest.path("method").asText()).isEqualTo("PUT");
        assertThat(newest.path("path").asText()).isEqualTo("/api/v1/environments/blue-env");
        assertThat(newest.path("remote").asText()).isEqualTo("127.0.0.1");
        assertThat(newest.path("status").asInt()).isEqualTo(403);
        assertThat(newest.path("result").asText()).contains("viewer");
        assertThat(newest.path("time").asText()).isNotEmpty();
        assertThat(audit.json().findValuesAsText("result")).anyMatch(s -> s.startsWith("created user lena"));
        // Reads are not audited.
        assertThat(audit.json().findValuesAsText("method")).doesNotContain("GET");
        Response denied = http.get("/api/v1/audit", viewer);
        assertThat(denied.status()).isEqualTo(403);
        // A mutating request without a token is audited too, with no user.
        http.delete("/api/v1/environments/blue-env", null);
        JsonNode anonymous = http.get("/api/v1/audit?limit=1", ADMIN).json().get(0);
        assertThat(anonymous.path("user").isNull()).isTrue();
        assertThat(anonymous.path("status").asInt()).isEqualTo(401);
    }
}
