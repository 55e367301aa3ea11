package dev.berth.swarm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecJsonTest {

    private static ServiceSpec service(Map<String, String> labels, ServiceMode mode) {
        return service(labels, mode, null);
    }

    private static ServiceSpec service(Map<String, String> labels, ServiceMode mode, String dir) {
        ContainerSpec container = new ContainerSpec("nginx:1.25", null, null, List.of(), null, List.of("A=1"), dir, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, Map.of(), null, null, null);
        return new ServiceSpec("shop-alice_web", labels, new TaskSpec(container, null, null, null, null, null), mode, null,
                null, null);
    }

    @Test
    void writesEngineNamesAndLeavesOutAbsentAndEmptyValues() {
        String json = SpecJson.write(service(Map.of(), ServiceMode.ofReplicas(2), ""));

        assertThat(json).isEqualTo("{\"Name\":\"shop-alice_web\",\"TaskTemplate\":{\"ContainerSpec\":{\"Image\":\"nginx:1.25\","
                + "\"Env\":[\"A=1\"]}},\"Mode\":{\"Replicated\":{\"Replicas\":2}}}");
    }

    @Test
    void writesMapKeysSortedWhateverTheOrderGiven() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("z", "1");
        labels.put("a", "2");

        assertThat(SpecJson.write(service(labels, null)))
                .startsWith("{\"Name\":\"shop-alice_web\",\"Labels\":{\"a\":\"2\",\"z\":\"1\"}");
    }

    @Test
    void writesModesWithoutFieldsAsEmptyObjects() {
        assertThat(SpecJson.write(ServiceMode.ofGlobal())).isEqualTo("{\"Global\":{}}");
        assertThat(SpecJson.write(ServiceMode.ofGlobalJob())).isEqualTo("{\"GlobalJob\":{}}");
    }

    @Test
    void keepsZeroWhereZeroMeansSomething() {
        assertThat(SpecJson.write(ServiceMode.ofReplicas(0))).isEqualTo("{\"Replicated\":{\"Replicas\":0}}");
    }

    @Test
    void keepsEmptyLabelValues() {
        assertThat(SpecJson.write(new Driver("json-file", Map.of("tag", ""))))
                .isEqualTo("{\"Name\":\"json-file\",\"Options\":{\"tag\":\"\"}}");
    }

    @Test
    void readsItsOwnJsonBackToAnEqualSpec() {
        ServiceSpec spec = service(Map.of("a", "1"), ServiceMode.ofGlobal());

        assertThat(SpecJson.read(SpecJson.write(spec), ServiceSpec.class)).isEqualTo(spec);
    }

    @Test
    void readsSpecsWithFieldsItDoesNotKnow() {
        ServiceMode mode = SpecJson.read("{\"Replicated\":{\"Replicas\":3},\"Unknown\":1}", ServiceMode.class);

        assertThat(mode).isEqualTo(ServiceMode.ofReplicas(3));
    }

    @Test
    void printsWithNewlinesOnEveryPlatform() {
        assertThat(SpecJson.pretty(ServiceMode.ofReplicas(1))).isEqualTo("{\n  \"Replicated\" : {\n    \"Replicas\" : 1\n  }\n}\n");
    }
}
