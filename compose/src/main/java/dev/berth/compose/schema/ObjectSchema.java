package dev.berth.compose.schema;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping with a fixed set of keys, each with its own schema. Unknown keys are problems
 * (with a suggestion when one is close); {@code x-*} extension keys are accepted unless the
 * specification closes the object to them. Immutable: every builder method returns a copy.
 */
final class ObjectSchema extends Schema {

    private final Map<String, Schema> fields;
    private final List<String> required;
    private final List<List<String>> exclusive;
    private final Map<String, String> legacy;
    private final Map<String, String> misplaced;
    private final boolean extensions;

    ObjectSchema() {
        this(new LinkedHashMap<>(), List.of(), List.of(), Map.of(), Map.of(), true);
    }

    private ObjectSchema(Map<String, Schema> fields, List<String> required, List<List<String>> exclusive,
            Map<String, String> legacy, Map<String, String> misplaced, boolean extensions) {
        this.fields = fields;
        this.required = required;
        this.exclusive = exclusive;
        this.legacy = legacy;
        this.misplaced = misplaced;
        this.extensions = extensions;
    }

    ObjectSchema field(String name, Schema schema) {
        Map<String, Schema> copy = new LinkedHashMap<>(fields);
        copy.put(name, schema);
        return new ObjectSchema(copy, required, exclusive, legacy, misplaced, extensions);
    }

    /** Keys that must be present. */
    ObjectSchema required(String... names) {
        List<String> copy = new ArrayList<>(required);
        copy.addAll(List.of(names));
        return new ObjectSchema(fields, List.copyOf(copy), exclusive, legacy, misplaced, extensions);
    }

    /** Keys of which at most one may be present. */
    ObjectSchema exclusive(String... names) {
        List<List<String>> copy = new ArrayList<>(exclusive);
        copy.add(List.of(names));
        return new ObjectSchema(fields, required, List.copyOf(copy), legacy, misplaced, extensions);
    }

    /** An object the specification closes to {@code x-*} extension keys. */
    ObjectSchema noExtensions() {
        return new ObjectSchema(fields, required, exclusive, legacy, misplaced, false);
    }

    /**
     * A key that the 3.x file formats had and the Compose Specification dropped; {@code instead}
     * says what a file without {@code version} uses.
     */
    ObjectSchema legacyField(String name, Schema schema, String instead) {
        Map<String, String> copy = new LinkedHashMap<>(legacy);
        copy.put(name, instead);
        return field(name, schema).withLegacy(copy);
    }

    private ObjectSchema withLegacy(Map<String, String> newLegacy) {
        return new ObjectSchema(fields, required, exclusive, Map.copyOf(newLegacy), misplaced, extensions);
    }

    /** Keys people often write here that belong under {@code parent}; the message says so. */
    ObjectSchema misplaced(String parent, String... keys) {
        Map<String, String> copy = new LinkedHashMap<>(misplaced);
        for (String key : keys) {
            copy.put(key, parent);
        }
        return new ObjectSchema(fields, required, exclusive, legacy, Map.copyOf(copy), extensions);
    }

    @Override
    String expected() {
        return "a mapping";
    }

    @Override
    boolean fits(Node node) {
        return node instanceof MapNode;
    }

    @Override
    void checkFitting(Node node, Path path, Validation validation) {
        MapNode map = (MapNode) node;
        for (MapNode.Entry entry : map.entries()) {
            checkEntry(entry, path.child(entry.key()), validation);
        }
        for (String key : required) {
            if (!map.has(key)) {
                validation.report(map.position(), path, "missing required key " + quote(key));
            }
        }
        for (List<String> group : exclusive) {
            List<MapNode.Entry> present = group.stream().filter(map::has).map(map::entry).toList();
            if (present.size() > 1) {
                MapNode.Entry second = present.get(1);
                validation.report(second.keyPosition(), path.child(second.key()), quote(present.get(0).key())
                        + " and " + quote(second.key()) + " cannot be used together");
            }
        }
    }

    private void checkEntry(MapNode.Entry entry, Path keyPath, Validation validation) {
        String key = entry.key();
        Schema schema = fields.get(key);
        if (schema != null) {
            if (legacy.containsKey(key) && validation.format().isSpecification()) {
                validation.report(entry.keyPosition(), keyPath, quote(key) + " exists only in files with version "
                        + quote(FieldVersions.introduced(keyPath).toString()) + " or later; " + legacy.get(key));
                return;
            }
            if (!validation.keyIsGated(keyPath, entry.keyPosition(), quote(key))) {
                schema.check(entry.value(), keyPath, validation);
            }
        } else if (extensions && key.startsWith("x-")) {
            validation.keyIsGated(keyPath, entry.keyPosition(), "the extension key " + quote(key));
        } else {
            validation.report(entry.keyPosition(), keyPath, unknownKey(key));
        }
    }

    private String unknownKey(String key) {
        if (misplaced.containsKey(key)) {
            return "unknown key " + quote(key) + "; it belongs under " + quote(misplaced.get(key));
        }
        return Suggestions.closest(key, fields.keySet())
                .map(near -> "unknown key " + quote(key) + "; did you mean " + quote(near) + "?")
                .orElse("unknown key " + quote(key));
    }
}
