package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.swarm.client.Observed.ConfigState;
import dev.berth.swarm.client.Observed.ObjectState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Configs and secrets on the swarm: what services mount, and the configs Berth keeps its
 * locks in (label-only updates by version are Swarm's one compare-and-swap).
 */
public final class SwarmObjects {

    private final EngineApi api;

    SwarmObjects(EngineApi api) {
        this.api = api;
    }

    public List<ObjectState> configs(Map<String, List<String>> filters) {
        return objects(api.get("/configs?" + api.filters(filters)));
    }

    public String createConfig(Object spec) {
        return api.post("/configs/create", spec).path("ID").asText();
    }

    public void removeConfig(String id) {
        EngineException.ignoreMissing(() -> api.delete("/configs/" + EngineApi.encode(id)));
    }

    /** Configs with their versions; the lock of Berth is one. */
    public List<ConfigState> versionedConfigs(Map<String, List<String>> filters) {
        List<ConfigState> out = new ArrayList<>();
        for (JsonNode o : api.get("/configs?" + api.filters(filters))) {
            out.add(configState(o));
        }
        return out;
    }

    /** One config, or null when there is none with that ID. */
    public ConfigState config(String id) {
        try {
            return configState(api.get("/configs/" + EngineApi.encode(id)));
        } catch (EngineException e) {
            if (e.notFound()) {
                return null;
            }
            throw e;
        }
    }

    private static ConfigState configState(JsonNode o) {
        JsonNode spec = o.path("Spec");
        return new ConfigState(o.path("ID").asText(), o.path("Version").path("Index").asLong(), spec.path("Name").asText(),
                Observed.labels(spec.path("Labels")));
    }

    /**
     * Replaces a config's labels (the only thing Swarm lets change), if it is still at
     * {@code version}: a compare-and-swap. Throws when someone else changed it first.
     */
    public void updateConfigLabels(String id, long version, String name, Map<String, String> labels) {
        api.post("/configs/" + EngineApi.encode(id) + "/update?version=" + version, Map.of("Name", name, "Labels", labels));
    }

    public List<ObjectState> secrets(Map<String, List<String>> filters) {
        return objects(api.get("/secrets?" + api.filters(filters)));
    }

    public String createSecret(Object spec) {
        return api.post("/secrets/create", spec).path("ID").asText();
    }

    public void removeSecret(String id) {
        EngineException.ignoreMissing(() -> api.delete("/secrets/" + EngineApi.encode(id)));
    }

    private static List<ObjectState> objects(JsonNode list) {
        List<ObjectState> out = new ArrayList<>();
        for (JsonNode o : list) {
            JsonNode spec = o.path("Spec");
            out.add(new ObjectState(o.path("ID").asText(), spec.path("Name").asText(), Observed.labels(spec.path("Labels"))));
        }
        return out;
    }
}
