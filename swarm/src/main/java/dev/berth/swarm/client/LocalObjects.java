package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.berth.swarm.client.Observed.ContainerDisk;
import dev.berth.swarm.client.Observed.ContainerState;
import dev.berth.swarm.client.Observed.ContainerUsage;
import dev.berth.swarm.client.Observed.DiskUsage;
import dev.berth.swarm.client.Observed.ImageUsage;
import dev.berth.swarm.client.Observed.VolumeState;
import dev.berth.swarm.client.Observed.VolumeUsage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one engine holds by itself rather than through the swarm: its containers (task
 * containers, probes), its volumes and their disk use. Reached through
 * {@link SwarmClient#local()} of the node's own engine.
 */
public final class LocalObjects {

    private final EngineApi api;

    LocalObjects(EngineApi api) {
        this.api = api;
    }

    /** One reading of a container's CPU and memory use ({@code stats?stream=false&one-shot=true}). */
    public ContainerUsage containerUsage(String id) {
        JsonNode s = api.get("/containers/" + EngineApi.encode(id) + "/stats?stream=false&one-shot=true");
        JsonNode cpu = s.path("cpu_stats");
        JsonNode memory = s.path("memory_stats");
        // as the docker CLI counts it: usage less the inactive page cache (cgroup v2, then v1)
        long cache = memory.path("stats").path("inactive_file").asLong(memory.path("stats").path("total_inactive_file").asLong(0));
        long used = Math.max(0, memory.path("usage").asLong(0) - cache);
        return new ContainerUsage(id, cpu.path("cpu_usage").path("total_usage").asLong(0),
                cpu.path("system_cpu_usage").asLong(0), cpu.path("online_cpus").asInt(0), used);
    }

    public List<VolumeState> volumes(Map<String, List<String>> filters) {
        List<VolumeState> out = new ArrayList<>();
        for (JsonNode v : api.get("/volumes?" + api.filters(filters)).path("Volumes")) {
            out.add(new VolumeState(v.path("Name").asText(), v.path("Driver").asText(""), Observed.labels(v.path("Labels"))));
        }
        return out;
    }

    public void removeVolume(String name) {
        EngineException.ignoreMissing(() -> api.delete("/volumes/" + EngineApi.encode(name)));
    }

    public List<ContainerState> containers(Map<String, List<String>> filters) {
        List<ContainerState> out = new ArrayList<>();
        for (JsonNode c : api.get("/containers/json?all=1&" + api.filters(filters))) {
            out.add(new ContainerState(c.path("Id").asText(), c.path("State").asText(""), Observed.labels(c.path("Labels"))));
        }
        return out;
    }

    public String createContainer(String name, Object spec) {
        return api.post("/containers/create?name=" + EngineApi.encode(name), spec).path("Id").asText();
    }

    public void startContainer(String id) {
        api.post("/containers/" + EngineApi.encode(id) + "/start", null);
    }

    /** Waits for a container to stop; its exit code. */
    public int waitContainer(String id) {
        return api.post("/containers/" + EngineApi.encode(id) + "/wait", null).path("StatusCode").asInt(-1);
    }

    /** A stopped container's output, stdout and stderr interleaved. */
    public String containerOutput(String id) {
        StringBuilder text = new StringBuilder();
        try (DockerHttpClient.Response response = api.stream("/containers/" + EngineApi.encode(id)
                + "/logs?stdout=1&stderr=1"); InputStream in = response.getBody()) {
            LogStream.read(in, line -> text.append(line.text()).append('\n'));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the output of container " + id + ": " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** Removes a container; one already gone, or already being removed by its node, is no error. */
    public void removeContainer(String id) {
        try {
            api.delete("/containers/" + EngineApi.encode(id) + "?force=1&v=1");
        } catch (EngineException e) {
            if (!e.notFound() && !e.conflict()) {
                throw e;
            }
        }
    }

    /** Everything this engine stores, with sizes; one call that takes a moment on a busy engine. */
    public DiskUsage diskUsage() {
        JsonNode df = api.get("/system/df");
        List<ImageUsage> images = new ArrayList<>();
        for (JsonNode i : df.path("Images")) {
            List<String> tags = new ArrayList<>();
            i.path("RepoTags").forEach(t -> {
                if (!t.asText().equals("<none>:<none>")) {
                    tags.add(t.asText());
                }
            });
            long shared = Math.max(0, i.path("SharedSize").asLong());
            images.add(new ImageUsage(i.path("Id").asText(), tags, java.time.Instant.ofEpochSecond(i.path("Created").asLong()),
                    Math.max(0, i.path("Size").asLong() - shared), i.path("Containers").asInt()));
        }
        List<ContainerDisk> containers = new ArrayList<>();
        for (JsonNode c : df.path("Containers")) {
            String name = c.path("Names").path(0).asText("").replaceFirst("^/", "");
            containers.add(new ContainerDisk(c.path("Id").asText(), name, c.path("State").asText(""),
                    c.path("ImageID").asText(""), Observed.labels(c.path("Labels")), Math.max(0, c.path("SizeRw").asLong())));
        }
        List<VolumeUsage> volumes = new ArrayList<>();
        for (JsonNode v : df.path("Volumes")) {
            volumes.add(new VolumeUsage(v.path("Name").asText(), Observed.labels(v.path("Labels")),
                    Math.max(0, v.path("UsageData").path("Size").asLong())));
        }
        return new DiskUsage(images, containers, volumes);
    }
}
