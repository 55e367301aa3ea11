package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.server.Http.Response;
import org.junit.jupiter.api.Test;

/**
 * Extending an environment: who may, and what a bad request hears, all before the cluster is
 * asked. The integration test extends a real environment and reads its new expiry.
 */
abstract class ExtendApiTest extends ApiTestBase {

    static final String FOUR_HOURS = "{\"by\":\"4h\"}";

    @Test
    void viewersAndOtherTeamsMayNotExtend() {
        String viewer = user("ivy", "viewer", "blue");
        Response r = http.post("/api/v1/environments/blue-env/extend", viewer, FOUR_HOURS);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorMessage()).isEqualTo("ivy is a viewer and may not change environments");
        String red = user("jack", "member", "red");
        r = http.post("/api/v1/environments/blue-env/extend", red, FOUR_HOURS);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorMessage()).isEqualTo("environment blue-env belongs to team blue; jack is in team red");
        r = http.post("/api/v1/environments/cli-env/extend", red, FOUR_HOURS);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.errorMessage()).isEqualTo("environment cli-env belongs to no team (only admins may change it)");
        JsonNode audit = http.get("/api/v1/audit", ADMIN).json();
        assertThat(audit.get(0).path("path").asText()).isEqualTo("/api/v1/environments/cli-env/extend");
        assertThat(audit.get(0).path("status").asInt()).isEqualTo(403);
        assertThat(audit.get(0).path("user").asText()).isEqualTo("jack");
        assertThat(http.post("/api/v1/environments/blue-env/extend", null, FOUR_HOURS).status()).isEqualTo(401);
    }

    @Test
    void badDurationsAndUnknownEnvironmentsAreRefused() {
        String blue = user("mona", "member", "blue");
        Response r = http.post("/api/v1/environments/blue-env/extend", blue, "{\"by\":\"forever\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("by \"forever\" is invalid: expected a positive duration such as 90m,"
                + " 8h, 1h30m or 2d");
        r = http.post("/api/v1/environments/blue-env/extend", blue, "{\"by\":\"0h\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).startsWith("by \"0h\" is invalid: expected a positive duration");
        r = http.post("/api/v1/environments/blue-env/extend", blue, "{}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("extend needs {\"by\": DURATION}, such as {\"by\": \"4h\"}");
        r = http.post("/api/v1/environments/blue-env/extend", blue, "{\"ttl\":\"4h\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).startsWith("unknown field \"ttl\"");
        r = http.post("/api/v1/environments/blue-env/extend", blue, null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("the request needs a JSON body");
        r = http.post("/api/v1/environments/nope/extend", blue, FOUR_HOURS);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorMessage()).isEqualTo("no environment nope");
    }

    @Test
    void anExtensionGoesToTheCluster() {
        // The team's member passes every check; the cluster is asked (and here it is absent).
        String blue = user("mona", "member", "blue");
        Response r = http.post("/api/v1/environments/blue-env/extend", blue, FOUR_HOURS);
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.errorMessage()).startsWith("cannot reach the Docker engine at unix://").contains("no-engine.sock");
        JsonNode audit = http.get("/api/v1/audit", ADMIN).json();
        assertThat(audit.get(0).path("path").asText()).isEqualTo("/api/v1/environments/blue-env/extend");
        assertThat(audit.get(0).path("user").asText()).isEqualTo("mona");
        assertThat(audit.get(0).path("status").asInt()).isEqualTo(502);
    }
}
