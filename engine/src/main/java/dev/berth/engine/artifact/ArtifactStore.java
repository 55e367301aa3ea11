package dev.berth.engine.artifact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The content-addressed store of compile outputs, on the builder's machine:
 * <pre>
 * ROOT/blobs/sha256/HEX     one artifact's content: a file's bytes, or a directory as a tar
 * ROOT/steps/INPUT.json     one successful compile step, keyed by the hash of its inputs
 * </pre>
 * Blobs are written to a temporary file and moved into place, so a reader sees a whole blob or
 * none; a blob is named by the sha256 of its content, so two steps producing the same bytes
 * share it.
 */
public final class ArtifactStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Path root;

    public ArtifactStore(Path root) {
        this.root = root;
    }

    /** {@code cacheDir/artifacts}, where cacheDir is config {@code build.cache-dir} or ~/.cache/berth. */
    public static Path defaultRoot(String cacheDir, java.util.Map<String, String> environment) {
        if (cacheDir != null) {
            return Path.of(cacheDir).resolve("artifacts");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".cache");
        return base.resolve("berth").resolve("artifacts");
    }

    public Path root() {
        return root;
    }

    /** Stores what the stream holds; the caller closes the stream. */
    public Blob put(InputStream content) {
        try {
            Path dir = Files.createDirectories(root.resolve("blobs").resolve("sha256"));
            Path temp = Files.createTempFile(dir, ".incoming-", "");
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = content.transferTo(out);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = dir.resolve(hex);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Blob(hex, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the artifact store " + root + ": " + e.getMessage(), e);
        }
    }

    public Path blob(String sha256) {
        return root.resolve("blobs").resolve("sha256").resolve(sha256);
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(blob(sha256));
    }

    /**
     * Reads the blob back and checks its hash.
     *
     * @throws ArtifactException naming the artifact when the blob is missing or its content changed
     */
    public void verify(String artifact, String sha256) {
        Path file = blob(sha256);
        if (!Files.isRegularFile(file)) {
            throw new ArtifactException("artifact " + artifact + " (sha256:" + sha256 + ") is not in the store " + root);
        }
        String actual = hash(file);
        if (!actual.equals(sha256)) {
            throw new ArtifactException("artifact " + artifact + " is corrupted in the store: " + file + " should have sha256:"
                    + sha256 + " but has sha256:" + actual + "; delete it and run again to rebuild");
        }
    }

    public void record(StepRecord step) {
        try {
            Path dir = Files.createDirectories(root.resolve("steps"));
            Path temp = Files.createTempFile(dir, ".incoming-", ".json");
            JSON.writeValue(temp.toFile(), step);
            Files.move(temp, dir.resolve(step.inputHash() + ".json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the artifact store " + root + ": " + e.getMessage(), e);
        }
    }

    /** The recorded run of a step with these inputs, if any; a record that cannot be read counts as none. */
    public Optional<StepRecord> step(String inputHash) {
        Path file = root.resolve("steps").resolve(inputHash + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), StepRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether every output of the step is in the store (present; hashes are checked when they are used). */
    public boolean complete(StepRecord step) {
        return step.outputs().values().stream().allMatch(o -> has(o.sha256()));
    }

    static String hash(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Blob(String sha256, long size) {
    }
}
