package dev.berth.compose.schema;

import java.util.regex.Pattern;

/**
 * Byte sizes as docker reads them ({@code RAMInBytes}): a number, an optional space and an
 * optional unit b, k, m, g, t or p, optionally followed by "i" and/or "b", in any case:
 * {@code 1024}, {@code 512m}, {@code 2gb}, {@code 1.5g}, {@code 100KiB}.
 */
final class ByteSizeFormat {

    private static final Pattern SIZE =
            Pattern.compile("[0-9]+(\\.[0-9]+)? ?([kmgtp]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    private ByteSizeFormat() {
    }

    static boolean isValid(String text) {
        return SIZE.matcher(text).matches();
    }
}
