package dev.berth.engine.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.Labels;
import dev.berth.engine.artifact.DeployedArtifacts.Consumer;
import dev.berth.engine.artifact.DeployedArtifacts.Deployed;
import dev.berth.engine.artifact.DeployedArtifacts.Producer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeployedArtifactsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    private static Map<String, String> module(String artifacts, String producer) {
        return producer == null ? Map.of(Labels.ARTIFACTS, artifacts)
                : Map.of(Labels.ARTIFACTS, artifacts, Labels.ARTIFACTS_PRODUCER, producer);
    }

    @Test
    void oneEntryPerArtifactWithItsProducerAndEveryServiceThatTakesIt() {
        List<Deployed> rows = DeployedArtifacts.of(Map.of(
                "gateway", module("common.jar=sha256:" + C + "@/lib/common.jar,gateway.jar=sha256:" + B + "@/app/gateway.jar",
                        "compile@1234"),
                "catalog", module("catalog.jar=sha256:" + A + "@/app/catalog.jar,common.jar=sha256:" + C + "@/opt/common.jar",
                        "compile@1234"),
                "redis", Map.of("team", "shop")));

        assertThat(rows).containsExactly(
                new Deployed("catalog.jar", A, List.of(new Producer("compile", "1234")),
                        List.of(new Consumer("catalog", "/app/catalog.jar"))),
                new Deployed("common.jar", C, List.of(new Producer("compile", "1234")),
                        List.of(new Consumer("catalog", "/opt/common.jar"), new Consumer("gateway", "/lib/common.jar"))),
                new Deployed("gateway.jar", B, List.of(new Producer("compile", "1234")),
                        List.of(new Consumer("gateway", "/app/gateway.jar"))));
    }

    @Test
    void servicesThatDisagreeOnAnArtifactGiveARowEach() {
        List<Deployed> rows = DeployedArtifacts.of(Map.of(
                "catalog", module("common.jar=sha256:" + A + "@/lib/common.jar", "compile@old"),
                "gateway", module("common.jar=sha256:" + B + "@/lib/common.jar", "compile@new")));

        assertThat(rows).extracting(Deployed::name, Deployed::sha256, Deployed::producers).containsExactly(
                org.assertj.core.groups.Tuple.tuple("common.jar", A, List.of(new Producer("compile", "old"))),
                org.assertj.core.groups.Tuple.tuple("common.jar", B, List.of(new Producer("compile", "new"))));
    }

    @Test
    void theSameBytesFromTwoRunsNameBothRunsAndAServiceWithoutTheProducerLabelNamesNone() {
        List<Deployed> both = DeployedArtifacts.of(Map.of(
                "catalog", module("common.jar=sha256:" + A + "@/lib/common.jar", "compile@new"),
                "gateway", module("common.jar=sha256:" + A + "@/lib/common.jar", "compile@old")));
        assertThat(both.get(0).producers()).containsExactly(new Producer("compile", "new"), new Producer("compile", "old"));

        List<Deployed> older = DeployedArtifacts.of(Map.of("catalog", module("a.jar=sha256:" + A + "@/a.jar", null)));
        assertThat(older.get(0).producers()).isEmpty();
    }

    @Test
    void anEnvironmentWithoutModulesHasNone() {
        assertThat(DeployedArtifacts.of(Map.of("redis", Map.of(), "web", Map.of(Labels.ARTIFACTS, "")))).isEmpty();
    }

    @Test
    void aLabelNotAsBerthWritesItIsNamed() {
        assertThatThrownBy(() -> DeployedArtifacts.of(Map.of("catalog", module("a.jar=sha256:abc@/a.jar", null))))
                .isInstanceOf(ArtifactException.class)
                .hasMessage("service catalog has a label dev.berth.artifacts entry \"a.jar=sha256:abc@/a.jar\" that is not"
                        + " NAME=sha256:HEX@TARGET (64 hex digits); was it changed by hand? berth up writes it again");
        assertThatThrownBy(() -> DeployedArtifacts.of(Map.of("catalog", module("a.jar=sha256:" + A, null))))
                .hasMessageContaining("entry \"a.jar=sha256:" + A + "\" that is not NAME=sha256:HEX@TARGET");
        assertThatThrownBy(() -> DeployedArtifacts.of(Map.of("catalog", module("a.jar=sha256:" + A + "@/a", "compile"))))
                .hasMessage("service catalog has a label dev.berth.artifacts-producer \"compile\" that is not STEP@INPUTHASH;"
                        + " was it changed by hand? berth up writes it again");
    }

    @Test
    void parsesWhatAModuleLayerWrites() {
        ModuleLayer layer = new ModuleLayer("shop", "catalog", "sha256:base", List.of(
                new ModuleLayer.Delivery("b.jar", B, 1, false, "/app/b.jar"),
                new ModuleLayer.Delivery("a", A, 2, true, "/app/a")));
        assertThat(DeployedArtifacts.parse("catalog", layer.label())).containsExactly(
                new DeployedArtifacts.Delivery("a", A, "/app/a"), new DeployedArtifacts.Delivery("b.jar", B, "/app/b.jar"));
    }
}
