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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server in this process on a free port, with a known admin token and a fixed view of the
 * cluster; its jobs reach no engine (the integration test deploys for real). The tests run over
 * real HTTP, on each database by the subclasses.
 */
abstract class ApiTestBase {

    static final String ADMIN = TestServer.ADMIN_TOKEN;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    BerthServer server;
    Http http;
    FixedCluster cluster;
    String url;

    abstract String databaseUrl(Path dataDir);

    @BeforeEach
    void start() {
        cluster = new FixedCluster().environment("blue-env", "blue", 2).environment("cli-env", null, 1);
        url = databaseUrl(dataDir);
        server = TestServer.start(url, dataDir, cluster, 5);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Creates a user in a team and returns an API token for it. */
    String user(String name, String role, String team) {
        return user(name, role, team, null);
    }

    /** Creates a user (with a password when given: hashing one takes a while on purpose). */
    String user(String name, String role, String team, String password) {
        Response created = http.post("/api/v1/users", ADMIN, "{\"name\":\"" + name + "\",\"role\":\"" + role
                + "\",\"team\":\"" + team + "\"" + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Response token = http.post("/api/v1/users/" + name + "/tokens", ADMIN, "{\"description\":\"test\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asText();
    }

    static String compose(String yaml) throws Exception {
        return JSON.writeValueAsString(Map.of("files", Map.of("compose.yaml", yaml)));
    }

    JsonNode waitForJob(String id, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = http.get("/api/v1/jobs/" + id, token).json();
            if (!job.path("state").asText().equals("queued") && !job.path("state").asText().equals("running")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

}
