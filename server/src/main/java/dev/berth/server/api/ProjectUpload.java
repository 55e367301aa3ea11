package dev.berth.server.api;

import dev.berth.compose.env.ProjectEnvironment;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceReader;
import dev.berth.server.auth.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A project sent to the API, loaded by the same loader as the command line: uploaded files are
 * written to a directory of their own (named after the environment, so the project name defaults
 * to it), an example is read where it is bundled. Messages name files as the client sent them.
 */
final class ProjectUpload implements AutoCloseable {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final Pattern EXAMPLE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final List<String> EXAMPLE_ORDER = List.of("compose-compile.yaml", "compose-dependency.yaml",
            "compose-deploy.yaml");

    private final Path directory;
    private final Path ownDirectory;
    private final LoadResult loaded;
    private final Map<String, String> environment;
    private final Map<String, String> sha256;

    private ProjectUpload(Path directory, Path ownDirectory, DeployBody body, List<String> order,
                          Map<String, String> sha256) {
        this.directory = directory;
        this.ownDirectory = ownDirectory;
        // Interpolation and configs with environment: see the variables the client sent (and the
        // project's .env), never the server's own environment.
        this.environment = ProjectEnvironment.load(body.env(), directory, List.of());
        List<Path> files = order.stream().map(directory::resolve).toList();
        // Uploaded files may name only each other; a bundled example is the server's own.
        SourceReader sources = ownDirectory == null ? SourceReader.FILE_SYSTEM
                : SourceReader.within(directory, UploadedPaths.OUTSIDE);
        this.loaded = new ComposeLoader(sources).load(new LoadOptions(files, directory, null,
                new LinkedHashSet<>(body.profiles()), environment, directory));
        if (ownDirectory != null) {
            UploadedPaths.check(loaded.project(), directory);
        }
        this.sha256 = sha256;
    }

    static ProjectUpload load(DeployBody body, String environment, Path examples, Path uploads) {
        if (body.example() != null) {
            return example(body, examples);
        }
        if (body.files().isEmpty()) {
            throw ApiException.badRequest("the body names no files: send {\"files\": {\"compose.yaml\": \"…\"}}"
                    + " or {\"example\": \"hello\"}");
        }
        int bytes = 0;
        for (Map.Entry<String, String> f : body.files().entrySet()) {
            if (!FILE_NAME.matcher(f.getKey()).matches() || Stream.of(f.getKey().split("/")).anyMatch(p -> p.equals("..")
                    || p.equals("."))) {
                throw ApiException.badRequest("file name \"" + f.getKey() + "\" is invalid: use a relative path of"
                        + " letters, digits, '.', '_', '-' and '/', without '.' or '..' parts");
            }
            bytes += f.getValue() == null ? 0 : f.getValue().length();
            if (body.files().keySet().stream().anyMatch(other -> other.startsWith(f.getKey() + "/"))) {
                throw ApiException.badRequest("file name \"" + f.getKey() + "\" is both a file and a directory of"
                        + " other files");
            }
        }
        if (bytes > MAX_BYTES) {
            throw new ApiException(413, "the files are too large: " + bytes + " bytes, at most " + MAX_BYTES);
        }
        List<String> order = order(body);
        Path own = null;
        Path dir;
        try {
            Files.createDirectories(uploads);
            own = Files.createTempDirectory(uploads, "up-" + Tokens.id() + "-");
            dir = own.resolve(environment);
            for (Map.Entry<String, String> f : body.files().entrySet()) {
                Path file = dir.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue() == null ? "" : f.getValue());
            }
        } catch (IOException e) {
            if (own != null) {
                delete(own);
            }
            throw new UncheckedIOException("cannot write the uploaded files: " + e.getMessage(), e);
        }
        try {
            return new ProjectUpload(dir, own, body, order, hashes(body.files(), order));
        } catch (RuntimeException e) {
            delete(own);
            throw e;
        }
    }

    private static List<String> order(DeployBody body) {
        if (!body.order().isEmpty()) {
            for (String name : body.order()) {
                if (!body.files().containsKey(name)) {
                    throw ApiException.badRequest("\"order\" names " + name + ", which is not among the files: "
                            + String.join(", ", body.files().keySet().stream().sorted().toList()));
                }
            }
            return body.order();
        }
        List<String> yaml = body.files().keySet().stream()
                .filter(n -> !n.contains("/") && (n.endsWith(".yml") || n.endsWith(".yaml"))).sorted().toList();
        if (yaml.isEmpty()) {
            throw ApiException.badRequest("no compose file among the files: name one *.yaml or *.yml, or give \"order\"");
        }
        return yaml;
    }

    private static ProjectUpload example(DeployBody body, Path examples) {
        if (!body.files().isEmpty()) {
            throw ApiException.badRequest("give either \"example\" or \"files\", not both");
        }
        Path dir = examples == null ? null : examples.resolve(body.example());
        if (!EXAMPLE.matcher(body.example()).matches() || dir == null || !Files.isDirectory(dir)) {
            throw ApiException.badRequest("no bundled example \"" + body.example() + "\"; the server has: "
                    + String.join(", ", exampleNames(examples)));
        }
        List<String> order = EXAMPLE_ORDER.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).toList();
        if (order.isEmpty()) {
            throw ApiException.badRequest("example " + body.example() + " has none of " + EXAMPLE_ORDER);
        }
        Map<String, String> contents = new LinkedHashMap<>();
        for (String n : order) {
            try {
                contents.put(n, Files.readString(dir.resolve(n)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProjectUpload(dir, null, body, order, hashes(contents, order));
    }

    /** What uploads a previous run of the server left: its jobs are interrupted and need them no more. */
    static void clearLeftovers(Path uploads) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> left = Files.list(uploads)) {
            left.filter(p -> p.getFileName().toString().startsWith("up-")).forEach(ProjectUpload::delete);
        } catch (IOException e) {
            // what cannot be listed stays; uploads are small
        }
    }

    static List<String> exampleNames(Path examples) {
        if (examples == null || !Files.isDirectory(examples)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(examples)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Map<String, String> hashes(Map<String, String> files, List<String> order) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(order);
        files.keySet().stream().sorted().filter(n -> !names.contains(n)).forEach(names::add);
        for (String n : names) {
            String content = files.get(n);
            if (content != null) {
                out.put(n, HexFormat.of().formatHex(sha256(content.getBytes(StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    LoadResult loaded() {
        return loaded;
    }

    Map<String, String> environment() {
        return environment;
    }

    Map<String, String> sha256() {
        return sha256;
    }

    Path directory() {
        return directory;
    }

    /** Removes the uploaded files; an example's directory is left alone. */
    @Override
    public void close() {
        if (ownDirectory != null) {
            delete(ownDirectory);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
