package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Engine API calls of builds that run in plain containers on one engine: the compile step
 * (create, copy the source in, start, follow its output, wait, copy outputs out) and module
 * images (copy artifacts into a container of the base image, commit it). Part of
 * {@link SwarmClient}, reached through {@link SwarmClient#buildContainers()}.
 */
public final class BuildContainers {

    private final EngineApi api;

    BuildContainers(EngineApi api) {
        this.api = api;
    }

    /** The image's ID, or null when the engine has no such image. */
    public String imageId(String reference) {
        try {
            return api.get("/images/" + EngineApi.encode(reference) + "/json").path("Id").asText();
        } catch (EngineException e) {
            if (e.notFound()) {
                return null;
            }
            throw e;
        }
    }

    /** Creates (does not start) a container from a {@code ContainerConfig} body; returns its ID. */
    public String create(Object config) {
        return api.post("/containers/create", config).path("Id").asText();
    }

    /** Unpacks a tar into the container's file system at {@code directory}, which must exist there. */
    public void putArchive(String container, String directory, InputStream tar) {
        api.putRaw("/containers/" + EngineApi.encode(container) + "/archive?path=" + EngineApi.encode(directory), tar,
                "application/x-tar");
    }

    /** Streams a tar of {@code path} in the container: a file, or a directory with everything below it. */
    public void getArchive(String container, String path, Consumer<InputStream> tar) {
        try (DockerHttpClient.Response response = api.stream("/containers/" + EngineApi.encode(container)
                + "/archive?path=" + EngineApi.encode(path)); InputStream in = response.getBody()) {
            tar.accept(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path + " from container " + container + ": " + e.getMessage(), e);
        }
    }

    public void start(String id) {
        api.post("/containers/" + EngineApi.encode(id) + "/start", null);
    }

    /** Blocks until the container exits; returns its exit code. */
    public long await(String id) {
        JsonNode result = api.post("/containers/" + EngineApi.encode(id) + "/wait", null);
        return result.path("StatusCode").asLong(-1);
    }

    /** A container's output line by line: until it exits with {@code follow}, else up to now. */
    public void logs(String id, boolean follow, Consumer<LogLine> lines) {
        String path = "/containers/" + EngineApi.encode(id) + "/logs?stdout=1&stderr=1" + (follow ? "&follow=1" : "");
        try (DockerHttpClient.Response response = api.stream(path); InputStream in = response.getBody()) {
            LogStream.read(in, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the output of container " + id + ": " + e.getMessage(), e);
        }
    }

    /** Removes the container and its anonymous volumes; one already gone is no error. */
    public void remove(String id) {
        try {
            api.delete("/containers/" + EngineApi.encode(id) + "?force=1&v=1");
        } catch (EngineException e) {
            if (!e.notFound()) {
                throw e;
            }
        }
    }

    /**
     * Makes an image of the container's file system, keeping the config it was created with (so
     * the base image's CMD, ENTRYPOINT and ENV), tagged {@code repository:tag}; returns its ID.
     */
    public String commit(String container, String repository, String tag) {
        return api.post("/commit?container=" + EngineApi.encode(container) + "&repo=" + EngineApi.encode(repository)
                + "&tag=" + EngineApi.encode(tag), null).path("Id").asText();
    }

    /** {@code docker save} of the images into {@code out}. */
    public void save(List<String> references, OutputStream out) {
        String names = references.stream().map(r -> "names=" + EngineApi.encode(r)).collect(Collectors.joining("&"));
        try (DockerHttpClient.Response response = api.stream("/images/get?" + names); InputStream in = response.getBody()) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("saving " + references + ": " + e.getMessage(), e);
        }
    }

    /** {@code docker load} of a tar made by {@link #save}. */
    public void load(InputStream tar) {
        api.postRaw("/images/load?quiet=1", tar, "application/x-tar");
    }
}
