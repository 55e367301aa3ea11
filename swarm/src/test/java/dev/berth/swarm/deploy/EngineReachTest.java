package dev.berth.swarm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node engine that does not answer is skipped, remembered and named; other failures still stop the run. */
class EngineReachTest {

    @TempDir
    Path dir;

    private SwarmClient nowhere() {
        // a socket path where nothing listens: no Docker needed, the engine never answers
        return new SwarmClient(new DockerEndpoint(URI.create("unix://" + dir.resolve("nowhere.sock")), false, null),
                SpecJson.mapper());
    }

    @Test
    void anEngineThatDoesNotAnswerIsRecordedAndNotAskedAgain() throws Exception {
        EngineReach reach = new EngineReach();
        AtomicInteger calls = new AtomicInteger();
        try (SwarmClient dead = nowhere()) {
            assertThat(reach.attempt(dead, () -> {
                calls.incrementAndGet();
                dead.local().volumes(Map.of());
            })).isFalse();
            assertThat(reach.attempt(dead, calls::incrementAndGet)).isFalse();
            assertThat(calls).hasValue(1);
            String endpoint = dead.endpoint().toString();
            assertThat(reach.unreachable()).containsOnlyKeys(endpoint);
            assertThat(reach.reason(dead)).isNotBlank().doesNotContain("DOCKER_HOST");
        }
    }

    @Test
    void aStepThatAnswersRunsAndOtherErrorsAreNotSwallowed() throws Exception {
        EngineReach reach = new EngineReach();
        try (SwarmClient dead = nowhere()) {
            assertThat(reach.attempt(dead, () -> { })).isTrue();
            assertThat(reach.reason(dead)).isNull();
            assertThatThrownBy(() -> reach.attempt(dead, () -> {
                throw new IllegalStateException("containers of x are still stopping");
            })).hasMessage("containers of x are still stopping");
            assertThat(reach.unreachable()).isEmpty();
        }
    }

    @Test
    void downSaysWhatItLeftOnTheNodeAndHowToRemoveItLater() {
        EnvironmentName env = new EnvironmentName("shop-bob");
        assertThat(SwarmTeardown.leftOnUnreachable(env, true, "tcp://10.0.0.3:2376", "Connection refused"))
                .isEqualTo("node engine tcp://10.0.0.3:2376 did not answer (Connection refused): the containers and"
                        + " volumes of shop-bob there are left as they are; once it answers again, 'berth gc' removes"
                        + " them (or run 'berth down shop-bob --volumes' again)");
        assertThat(SwarmTeardown.leftOnUnreachable(env, false, "tcp://10.0.0.3:2376", "Connection refused"))
                .contains("the containers of shop-bob there", "(or run 'berth down shop-bob' again)")
                .doesNotContain("volumes");
    }

    @Test
    void theReasonsKeepTheOrderInWhichEnginesFailed() throws Exception {
        EngineReach reach = new EngineReach();
        try (SwarmClient b = new SwarmClient(new DockerEndpoint(URI.create("unix://" + dir.resolve("b.sock")), false,
                null), SpecJson.mapper()); SwarmClient a = nowhere()) {
            for (SwarmClient engine : List.of(b, a)) {
                reach.attempt(engine, () -> engine.local().volumes(Map.of()));
            }
            assertThat(reach.unreachable().keySet()).containsExactly(b.endpoint().toString(), a.endpoint().toString());
        }
    }
}
