package dev.berth.compose.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.model.Project;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a {@link Project} as the normalised Compose file that {@code berth config} prints, in
 * YAML or JSON. The output is canonical and deterministic: top-level keys in the order name,
 * services, networks, volumes, configs, secrets, then {@code x-*}; every other mapping sorted; absent
 * fields left out; durations in Go syntax; sizes in bytes; {@code $} escaped as {@code $$}.
 * Loading it again yields the same project.
 */
public final class ProjectWriter {

    private static final DumpSettings YAML = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSchema(new CoreSchema())
            .setDereferenceAliases(true)
            .setWidth(Integer.MAX_VALUE)
            .setSplitLines(false)
            .setBestLineBreak("\n")
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private ProjectWriter() {
    }

    public static String yaml(Project p) {
        return new Dump(YAML, new QuotingRepresenter(YAML)).dumpToString(tree(p));
    }

    public static String json(Project p) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(tree(p)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project as plain maps, lists and scalars, in canonical order. */
    static Map<String, Object> tree(Project p) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("name", p.name());
        Map<String, Object> services = new TreeMap<>();
        p.services().forEach((name, s) -> services.put(name, ServiceForm.of(s)));
        top.put("services", services);
        Entries rest = new Entries()
                .map("networks", p.networks(), TopLevelForm::network)
                .map("volumes", p.volumes(), TopLevelForm::volume)
                .map("configs", p.configs(), TopLevelForm::config)
                .map("secrets", p.secrets(), TopLevelForm::secret);
        for (String key : new String[] {"networks", "volumes", "configs", "secrets"}) {
            Object section = rest.build().get(key);
            if (section != null) {
                top.put(key, section);
            }
        }
        top.putAll(new Entries().extensions(p.extensions()).build());
        return top;
    }
}
