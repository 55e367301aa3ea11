package dev.berth.engine.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The tag of a built image: a SHA-256 over every context file (name, kind, mode, content), the
 * Dockerfile and every build input. Equal inputs give the same tag on any machine, so an image
 * the builder already has under it needs no build, and a deployed service whose image tag did
 * not change is not restarted.
 */
public final class ContentTag {

    /** Raised when the meaning of the hash changes, so old tags are not mistaken for new ones. */
    private static final String FORMAT = "berth-build-1";

    /** Characters of the hex digest used in tags. */
    public static final int LENGTH = 12;

    private ContentTag() {
    }

    public static String of(BuildContext context, BuildInputs inputs) {
        return digest(context, inputs).substring(0, LENGTH);
    }

    /** The full hex digest. */
    public static String digest(BuildContext context, BuildInputs inputs) {
        MessageDigest sha = sha256();
        field(sha, FORMAT);
        field(sha, "dockerfile=" + context.dockerfile());
        for (ContextFile f : context.files()) {
            field(sha, f.kind() + " " + f.name() + (f.executable() ? " x" : ""));
            switch (f.kind()) {
                case FILE -> field(sha, fileHash(f));
                case SYMLINK -> field(sha, f.linkTarget());
                default -> { }
            }
        }
        map(sha, "arg", inputs.args());
        field(sha, "target=" + (inputs.target() == null ? "" : inputs.target()));
        map(sha, "label", inputs.labels());
        field(sha, "network=" + (inputs.network() == null ? "" : inputs.network()));
        for (Map.Entry<String, List<String>> e : inputs.extraHosts().entrySet()) {
            field(sha, "host " + e.getKey() + "=" + String.join(",", e.getValue()));
        }
        map(sha, "base", inputs.baseImages());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void map(MessageDigest sha, String kind, Map<String, String> values) {
        values.forEach((k, v) -> field(sha, kind + " " + k + "=" + (v == null ? "" : v)));
    }

    /** Each field is length-prefixed, so no two different inputs run together into the same bytes. */
    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static String fileHash(ContextFile f) {
        MessageDigest sha = sha256();
        if (f.content() != null) {
            sha.update(f.content());
        } else {
            try (InputStream in = new DigestInputStream(Files.newInputStream(f.source()), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f.source() + ": " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
