package dev.berth.swarm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Labels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecHashTest {

    private static final ConfigSpec CONFIG = new ConfigSpec("shop-alice_app-0123456789", Map.of("b", "2", "a", "1"), "aGk=", null);

    @Test
    void isTheSha256OfTheCanonicalJsonWithKeysSorted() {
        String canonical = "{\"Data\":\"aGk=\",\"Labels\":{\"a\":\"1\",\"b\":\"2\"},\"Name\":\"shop-alice_app-0123456789\"}";

        assertThat(SpecHash.of(CONFIG)).isEqualTo(SpecHash.ofContent(canonical.getBytes(StandardCharsets.UTF_8)))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void leavesOutWhichRunOfTheCompileStepMadeTheArtifacts() {
        assertThat(SpecHash.of(CONFIG.withLabel(Labels.ARTIFACTS_PRODUCER, "compile@0123"))).isEqualTo(SpecHash.of(CONFIG));
    }

    @Test
    void leavesTheSpecHashLabelOut() {
        assertThat(SpecHash.of(CONFIG.withLabel(Labels.SPEC_HASH, "old"))).isEqualTo(SpecHash.of(CONFIG));
    }

    @Test
    void leavesOutWhatAServiceDependsOn() {
        assertThat(SpecHash.of(CONFIG.withLabel(Labels.DEPENDS_ON, "db,cache"))).isEqualTo(SpecHash.of(CONFIG));
    }

    @Test
    void leavesOutLabelsThatHeldOnlyTheSpecHash() {
        ConfigSpec bare = new ConfigSpec("x", null, "aGk=", null);

        assertThat(SpecHash.of(bare.withLabel(Labels.SPEC_HASH, "old"))).isEqualTo(SpecHash.of(bare));
    }

    @Test
    void changesWithAnyOtherField() {
        assertThat(SpecHash.of(CONFIG.withLabel("c", "3"))).isNotEqualTo(SpecHash.of(CONFIG));
        assertThat(SpecHash.of(new ConfigSpec(CONFIG.name(), CONFIG.labels(), "aGo=", null))).isNotEqualTo(SpecHash.of(CONFIG));
    }

    @Test
    void hashesATreeReadFromTheEngineLikeTheRecordItCameFrom() {
        NetworkCreate network = new NetworkCreate("shop-alice_default", true, "overlay", "swarm", null, true,
                new Ipam(null, List.of(new IpamConfig("10.20.0.0/24", null, null, null)), null), null, null, Map.of("a", "1"));
        Object tree = SpecJson.canonical(network.withLabel(Labels.SPEC_HASH, "x"));

        assertThat(SpecHash.of(tree)).isEqualTo(SpecHash.of(network));
    }
}
