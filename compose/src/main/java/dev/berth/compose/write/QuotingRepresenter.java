package dev.berth.compose.write;

import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Writes a string that would read back as another type ({@code "8080"}, {@code "true"},
 * {@code "null"}) in double quotes, as {@code docker compose config} does, and a multi-line string
 * as a literal block. The YAML 1.1 booleans ({@code "no"}, {@code "on"}…) are quoted too, so that
 * older YAML readers do not turn them into booleans.
 */
final class QuotingRepresenter extends StandardRepresenter {

    private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);
    private static final Pattern YAML11_BOOL = Pattern.compile(
            "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$");

    QuotingRepresenter(DumpSettings settings) {
        super(settings);
        representers.put(String.class, data -> {
            String value = (String) data;
            ScalarStyle style = ScalarStyle.PLAIN;
            if (MULTILINE_PATTERN.matcher(value).find()) {
                style = ScalarStyle.LITERAL;
            } else if (!RESOLVER.resolve(value, true).equals(Tag.STR) || YAML11_BOOL.matcher(value).matches()) {
                style = ScalarStyle.DOUBLE_QUOTED;
            }
            return representScalar(Tag.STR, value, style);
        });
    }
}
