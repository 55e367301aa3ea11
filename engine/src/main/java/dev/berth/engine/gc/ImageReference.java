package dev.berth.engine.gc;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Image references compared as the engine resolves them: {@code busybox} is {@code docker.io/library/busybox:latest}. */
public final class ImageReference {

    private ImageReference() {
    }

    /** Without digest, registry defaults and with a tag: {@code busybox@sha256:…} → {@code busybox:latest}. */
    public static String normalize(String reference) {
        String ref = reference.trim();
        int at = ref.indexOf('@');
        if (at >= 0) {
            ref = ref.substring(0, at);
        }
        if (ref.startsWith("sha256:")) {
            return ref;
        }
        for (String prefix : new String[] {"docker.io/library/", "index.docker.io/library/", "docker.io/",
                "index.docker.io/", "library/"}) {
            if (ref.startsWith(prefix)) {
                ref = ref.substring(prefix.length());
                break;
            }
        }
        int slash = ref.lastIndexOf('/');
        return ref.indexOf(':', slash + 1) < 0 ? ref + ":latest" : ref;
    }

    /** Whether a reference matches a pattern of {@code gc.keep-images}, where {@code *} matches anything. */
    public static boolean matches(String pattern, String reference) {
        String p = pattern.contains("*") ? pattern : normalize(pattern);
        String regex = Arrays.stream(p.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return Pattern.matches(regex, normalize(reference)) || Pattern.matches(regex, reference);
    }
}
