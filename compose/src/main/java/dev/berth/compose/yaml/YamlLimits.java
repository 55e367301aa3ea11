package dev.berth.compose.yaml;

/**
 * Bounds that keep a hostile or broken file from hanging the loader or exhausting memory:
 * a billion-laughs alias bomb, a deeply nested document, an oversized file.
 */
public record YamlLimits(int maxCodePoints, int maxDepth, long maxNodes, int maxAliases) {

    public static final YamlLimits DEFAULT = new YamlLimits(8 * 1024 * 1024, 64, 1_000_000, 10_000);
}
