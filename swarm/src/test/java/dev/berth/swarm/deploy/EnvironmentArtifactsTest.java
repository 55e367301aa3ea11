package dev.berth.swarm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.DeployedArtifacts.Consumer;
import dev.berth.engine.artifact.DeployedArtifacts.Producer;
import dev.berth.swarm.deploy.EnvironmentArtifacts.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentArtifactsTest {

    private static final EnvironmentName ENV = new EnvironmentName("shop-alice");
    private static final String ABSENT = "f".repeat(64);

    @Test
    void sizeAndStoredComeFromTheLocalStore(@TempDir Path dir) throws Exception {
        ArtifactStore store = new ArtifactStore(dir);
        String held = store.put(new ByteArrayInputStream("catalog v1\n".getBytes(StandardCharsets.UTF_8))).sha256();
        List<Row> rows = EnvironmentArtifacts.rows(ENV, Map.of(
                "catalog", Map.of(Labels.ARTIFACTS, "a.txt=sha256:" + held + "@/www/a.txt,b.txt=sha256:" + ABSENT + "@/www/b.txt",
                        Labels.ARTIFACTS_PRODUCER, "compile@1234"),
                "redis", Map.of()), store);
        assertThat(rows).containsExactly(
                new Row("a.txt", held, 11, List.of(new Producer("compile", "1234")), List.of(new Consumer("catalog", "/www/a.txt")), "yes"),
                new Row("b.txt", ABSENT, -1, List.of(new Producer("compile", "1234")), List.of(new Consumer("catalog", "/www/b.txt")),
                        "missing"));

        Files.writeString(store.blob(held), "tampered\n");
        assertThat(EnvironmentArtifacts.rows(ENV, Map.of("catalog", Map.of(Labels.ARTIFACTS, "a.txt=sha256:" + held + "@/a")),
                store).get(0).stored()).isEqualTo("corrupted");
    }

    @Test
    void anEnvironmentThatIsNotThereOrHasNoModuleIsNamed(@TempDir Path dir) {
        ArtifactStore store = new ArtifactStore(dir);
        assertThatThrownBy(() -> EnvironmentArtifacts.rows(ENV, Map.of(), store))
                .isInstanceOf(EnvironmentArtifacts.NotFound.class)
                .hasMessage("environment shop-alice does not exist (berth ls lists them)");
        assertThatThrownBy(() -> EnvironmentArtifacts.rows(ENV, Map.of("redis", Map.of(), "web", Map.of()), store))
                .isInstanceOf(EnvironmentArtifacts.NotFound.class)
                .hasMessage("environment shop-alice has no artifacts: none of its services (redis, web) is a module that"
                        + " takes one (x-berth-artifacts)");
    }
}
