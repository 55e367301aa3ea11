package dev.berth.compose.schema;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.ScalarNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file is checked against: the 3.x version it declares, or the whole Compose
 * Specification when it declares none. A {@code version} that is not a known 3.x version is
 * the loader's concern; such a file is checked against the specification too.
 */
record FileFormat(String declared, FormatVersion version) {

    static final FileFormat SPECIFICATION = new FileFormat("", FormatVersion.SPECIFICATION);

    private static final Pattern VERSION_3 = Pattern.compile("3(?:\\.(0|[1-9][0-9]?))?");

    /** Reads {@code version} as written: "3.8" quoted, or 3.8 unquoted whose text the reader keeps. */
    static FileFormat of(MapNode root) {
        if (!(root.get("version") instanceof ScalarNode scalar) || scalar.isNull()) {
            return SPECIFICATION;
        }
        Matcher matcher = VERSION_3.matcher(scalar.text().trim());
        if (!matcher.matches()) {
            return SPECIFICATION;
        }
        int minor = matcher.group(1) == null ? FormatVersion.LATEST_MINOR : Integer.parseInt(matcher.group(1));
        if (minor > FormatVersion.LATEST_MINOR) {
            return SPECIFICATION;
        }
        return new FileFormat(scalar.text().trim(), FormatVersion.v3(minor));
    }

    boolean isSpecification() {
        return version.isSpecification();
    }

    boolean allows(FormatVersion introduced) {
        return introduced.compareTo(version) <= 0;
    }

    /** The message for something this file's version is too old for. */
    String tooOld(String subject, FormatVersion introduced) {
        if (introduced.isSpecification()) {
            return subject + " needs the Compose Specification (a file without \"version\"); this file declares "
                    + Schema.quote(declared);
        }
        return subject + " needs version " + Schema.quote(introduced.toString()) + " or later; this file declares "
                + Schema.quote(declared);
    }
}
