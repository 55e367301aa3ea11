package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An engine's images: build, inspect, save, load, tag and push. The progress streams of build,
 * load and push report errors inside the stream with status 200; those become
 * {@link ImageStreamException}s carrying the message.
 */
public final class EngineImages {

    private static final Map<String, String> NO_HEADERS = Map.of();

    private final EngineApi api;
    private final ObjectMapper json;

    EngineImages(EngineApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    /** The image, or null when this engine has none by that name or ID. */
    public ImageState inspect(String name) {
        try {
            JsonNode i = api.get("/images/" + path(name) + "/json");
            List<String> tags = new ArrayList<>();
            i.path("RepoTags").forEach(t -> tags.add(t.asText()));
            List<String> digests = new ArrayList<>();
            i.path("RepoDigests").forEach(d -> digests.add(d.asText()));
            List<String> layers = new ArrayList<>();
            i.path("RootFS").path("Layers").forEach(l -> layers.add(l.asText()));
            return new ImageState(i.path("Id").asText(), i.path("Size").asLong(), tags, digests, layers);
        } catch (EngineException e) {
            if (e.notFound()) {
                return null;
            }
            throw e;
        }
    }

    /** The IDs of the image and of the images it was built on, newest first, as far as this engine knows them. */
    public List<String> ancestors(String name) {
        List<String> ids = new ArrayList<>();
        for (JsonNode h : api.get("/images/" + path(name) + "/history")) {
            String id = h.path("Id").asText("");
            if (id.startsWith("sha256:")) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Builds from a tar context, passing each line of output to {@code output}.
     *
     * @return the built image's ID
     */
    public String build(InputStream context, BuildOptions options, Consumer<String> output) {
        StringBuilder q = new StringBuilder("/build?rm=1&forcerm=1");
        q.append("&t=").append(EngineApi.encode(options.tag()));
        q.append("&dockerfile=").append(EngineApi.encode(options.dockerfile()));
        q.append("&buildargs=").append(encodeJson(options.args()));
        q.append("&labels=").append(encodeJson(options.labels()));
        if (!options.cacheFrom().isEmpty()) {
            q.append("&cachefrom=").append(encodeJson(options.cacheFrom()));
        }
        if (options.target() != null) {
            q.append("&target=").append(EngineApi.encode(options.target()));
        }
        if (options.network() != null) {
            q.append("&networkmode=").append(EngineApi.encode(options.network()));
        }
        if (!options.extraHosts().isEmpty()) {
            q.append("&extrahosts=").append(EngineApi.encode(String.join(",", options.extraHosts())));
        }
        if (options.shmSize() != null) {
            q.append("&shmsize=").append(options.shmSize());
        }
        if (options.noCache()) {
            q.append("&nocache=1");
        }
        if (options.pull()) {
            q.append("&pull=1");
        }
        String[] id = {null};
        stream(DockerHttpClient.Request.Method.POST, q.toString(), context, "application/x-tar", NO_HEADERS, m -> {
            if (m.hasNonNull("stream")) {
                emitLines(m.path("stream").asText(), output);
            } else if (m.hasNonNull("status")) {
                output.accept(m.path("status").asText());
            }
            if (m.path("aux").hasNonNull("ID")) {
                id[0] = m.path("aux").path("ID").asText();
            }
        });
        return id[0];
    }

    /** Writes the image (as {@code docker save} does) to {@code out}. */
    public void save(String name, OutputStream out) {
        try (DockerHttpClient.Response r = api.send(DockerHttpClient.Request.Method.GET,
                "/images/" + path(name) + "/get", null, null, NO_HEADERS);
             InputStream in = r.getBody()) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("saving image " + name + " from " + api.endpoint() + ": " + e.getMessage(), e);
        }
    }

    /** Loads an image tar (as {@code docker load} does). */
    public void load(InputStream tar) {
        stream(DockerHttpClient.Request.Method.POST, "/images/load?quiet=1", tar, "application/x-tar", NO_HEADERS, m -> { });
    }

    public void tag(String name, String repository, String tag) {
        api.post("/images/" + path(name) + "/tag?repo=" + EngineApi.encode(repository)
                + "&tag=" + EngineApi.encode(tag), null);
    }

    /**
     * Pushes {@code repository:tag} to its registry.
     *
     * @return the digest the registry gave the manifest ({@code sha256:…}), or null if it said none
     */
    public String push(String repository, String tag, RegistryAuth auth, Consumer<String> output) {
        String[] digest = {null};
        stream(DockerHttpClient.Request.Method.POST, "/images/" + path(repository) + "/push?tag="
                + EngineApi.encode(tag), null, null, Map.of(RegistryAuth.HEADER, auth.header()), m -> {
            if (m.path("aux").hasNonNull("Digest")) {
                digest[0] = m.path("aux").path("Digest").asText();
            }
            // per-layer progress ticks are left out; each layer's state changes are kept
            if (m.hasNonNull("status") && m.path("progressDetail").isEmpty()) {
                output.accept((m.hasNonNull("id") ? m.path("id").asText() + ": " : "") + m.path("status").asText());
            }
        });
        return digest[0];
    }

    /**
     * The digest the registry gives {@code repository:tag} now, asked from this engine with the
     * credentials (GET /distribution/…/json); an {@link EngineException} when it has none or refuses.
     */
    public String registryDigest(String repository, String tag, RegistryAuth auth) {
        return api.get("/distribution/" + path(repository + ":" + tag) + "/json",
                Map.of(RegistryAuth.HEADER, auth.header())).path("Descriptor").path("digest").asText(null);
    }

    /** Removes an image by name or ID; one already gone is no error. */
    public void remove(String name) {
        try {
            api.delete("/images/" + path(name) + "?force=1");
        } catch (EngineException e) {
            if (!e.notFound()) {
                throw e;
            }
        }
    }

    /** Pulls {@code repository} at {@code tagOrDigest} from its registry. */
    public void pull(String repository, String tagOrDigest, RegistryAuth auth) {
        stream(DockerHttpClient.Request.Method.POST, "/images/create?fromImage=" + EngineApi.encode(repository)
                + "&tag=" + EngineApi.encode(tagOrDigest), null, null, Map.of(RegistryAuth.HEADER, auth.header()), m -> { });
    }

    private void stream(DockerHttpClient.Request.Method method, String path, InputStream body, String contentType,
                        Map<String, String> headers, Consumer<JsonNode> each) {
        try (DockerHttpClient.Response r = api.send(method, path, body, contentType, headers);
             InputStream in = r.getBody()) {
            api.messages(in, m -> {
                if (m.hasNonNull("error") || m.has("errorDetail")) {
                    String message = m.path("errorDetail").path("message").asText(m.path("error").asText(""));
                    throw new ImageStreamException(message);
                }
                each.accept(m);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("talking to the Docker engine at " + api.endpoint() + ": " + e.getMessage(), e);
        }
    }

    /** An image name in a URL path: the engine routes on the raw path, so '/' and ':' stay as they are. */
    private static String path(String name) {
        return EngineApi.encode(name).replace("%2F", "/").replace("%3A", ":").replace("%40", "@");
    }

    private static void emitLines(String text, Consumer<String> output) {
        for (String line : text.split("\r?\n")) {
            String trimmed = line.stripTrailing();
            if (!trimmed.isEmpty()) {
                output.accept(trimmed);
            }
        }
    }

    private String encodeJson(Object value) {
        try {
            return EngineApi.encode(json.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the image was last tagged on this engine; null when never (a loaded image has no such time). */
    public java.time.Instant lastTagged(String id) {
        return Observed.time(api.get("/images/" + EngineApi.encode(id) + "/json").path("Metadata").path("LastTagTime"));
    }

    /**
     * Removes an image by tag or ID, without force: the engine refuses while a container uses it.
     * Returns false when it refused (in use, or still tagged elsewhere); an image already gone is no error.
     */
    public boolean removeUnused(String reference) {
        try {
            api.delete("/images/" + EngineApi.encode(reference));
            return true;
        } catch (EngineException e) {
            if (e.notFound()) {
                return true;
            }
            if (e.conflict()) {
                return false;
            }
            throw e;
        }
    }
}
