package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.server.Http.Response;
import org.junit.jupiter.api.Test;

/**
 * The cluster's endpoints on a server that reaches no engine: nodes from the cached view with
 * use unknown, the doctor naming the engine it cannot reach, gc as an admin's job, and who may
 * do what. The integration test reads them from the real cluster.
 */
abstract class ClusterApiTest extends ApiTestBase {

    @Test
    void nodesShowReservationsAndUnknownUseWhereNoEngineAnswers() {
        String viewer = user("ivy", "viewer", "blue");
        JsonNode nodes = http.get("/api/v1/cluster/nodes", viewer).json();
        JsonNode node = nodes.get(0);
        assertThat(node.path("hostname").asText()).isEqualTo("berth-node1");
        assertThat(node.path("cpus").asDouble()).isEqualTo(2.0);
        assertThat(node.path("environments").toString()).contains("blue-env", "cli-env");
        assertThat(node.has("usedCpus")).isTrue();
        assertThat(node.path("usedCpus").isNull()).isTrue();
        assertThat(node.path("usedMemoryBytes").isNull()).isTrue();
        assertThat(http.get("/api/v1/cluster/nodes", null).status()).isEqualTo(401);
    }

    @Test
    void doctorIsForMembersAndAdminsAndNamesAnEngineItCannotReach() {
        String viewer = user("ivy", "viewer", "blue");
        Response denied = http.get("/api/v1/cluster/doctor", viewer);
        // The doctor creates probe services: a viewer, who may change nothing, may not run it.
        assertThat(denied.status()).as(denied.body()).isEqualTo(403);
        assertThat(denied.errorMessage()).isEqualTo("the doctor creates probe services on the cluster, which needs a"
                + " member or an admin; ivy is a viewer");
        String member = user("mona", "member", "blue");
        Response r = http.get("/api/v1/cluster/doctor", member);
        // Past authorization the doctor asks the manager, which this server cannot reach.
        assertThat(r.status()).as(r.body()).isEqualTo(502);
        assertThat(r.errorMessage()).startsWith("cannot reach the Docker engine at unix://").contains("no-engine.sock");
        assertThat(http.get("/api/v1/cluster/doctor", null).status()).isEqualTo(401);
    }

    @Test
    void gcIsAnAdminsJobAndAudited() throws Exception {
        String member = user("mona", "member", "blue");
        String viewer = user("ivy", "viewer", "blue");
        Response denied = http.post("/api/v1/gc", member, null);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.errorMessage()).isEqualTo("only admins may do this; mona is a member");
        assertThat(http.post("/api/v1/gc", viewer, null).status()).isEqualTo(403);
        Response gc = http.post("/api/v1/gc?dryRun=true", ADMIN, null);
        assertThat(gc.status()).as(gc.body()).isEqualTo(202);
        String id = gc.json().path("job").path("id").asText();
        assertThat(gc.raw().headers().firstValue("Location")).hasValue("/api/v1/jobs/" + id);
        JsonNode job = waitForJob(id, ADMIN);
        assertThat(job.path("kind").asText()).isEqualTo("gc");
        assertThat(job.path("user").asText()).isEqualTo("admin");
        assertThat(job.path("environment").isNull()).isTrue();
        // No engine answers here: the job fails and says where it looked.
        assertThat(job.path("state").asText()).isEqualTo("failed");
        assertThat(job.path("message").asText()).contains("no-engine.sock");
        JsonNode audit = http.get("/api/v1/audit", ADMIN).json();
        assertThat(audit.findValuesAsText("result")).contains("gc (dry run) as job " + id);
        assertThat(audit.findValuesAsText("user")).contains("mona");
    }

    @Test
    void examplesAreListedByName() {
        String viewer = user("ivy", "viewer", "blue");
        Response r = http.get("/api/v1/examples", viewer);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().findValuesAsText("")).isEmpty();
        assertThat(r.json().toString()).contains("\"hello\"", "\"shop\"");
        assertThat(http.get("/api/v1/examples", null).status()).isEqualTo(401);
    }
}
