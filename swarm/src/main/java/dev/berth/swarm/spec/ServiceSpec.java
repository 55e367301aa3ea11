package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/** The body of {@code POST /services/create} and {@code /services/{id}/update}. */
public record ServiceSpec(
        @JsonProperty("Name") String name,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("TaskTemplate") TaskSpec taskTemplate,
        @JsonProperty("Mode") ServiceMode mode,
        @JsonProperty("UpdateConfig") UpdateConfig updateConfig,
        @JsonProperty("RollbackConfig") UpdateConfig rollbackConfig,
        @JsonProperty("EndpointSpec") EndpointSpec endpointSpec) {

    public ServiceSpec {
        labels = Copies.map(labels);
    }

    /** A copy with one more label, e.g. the spec hash. */
    public ServiceSpec withLabel(String key, String value) {
        Map<String, String> more = labels == null ? new TreeMap<>() : new TreeMap<>(labels);
        more.put(key, value);
        return new ServiceSpec(name, more, taskTemplate, mode, updateConfig, rollbackConfig, endpointSpec);
    }

    /** A copy with another container spec in its task template. */
    public ServiceSpec withContainerSpec(ContainerSpec container) {
        TaskSpec t = taskTemplate;
        return new ServiceSpec(name, labels, new TaskSpec(container, t.resources(), t.restartPolicy(), t.placement(),
                t.networks(), t.logDriver()), mode, updateConfig, rollbackConfig, endpointSpec);
    }
}
