package dev.berth.swarm.spec;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The sha256 of a spec's canonical JSON, without the spec-hash label itself. Kept in that label,
 * it tells whether what runs on the cluster is what the files ask for, without comparing
 * field by field against the defaults the engine fills in.
 */
public final class SpecHash {

    private SpecHash() {
    }

    /** 64 lower-case hex digits. */
    public static String of(Object spec) {
        return sha256(SpecJson.canonicalBytes(spec));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The sha256 of raw content, e.g. a config's data. */
    public static String ofContent(byte[] content) {
        return sha256(content);
    }
}
