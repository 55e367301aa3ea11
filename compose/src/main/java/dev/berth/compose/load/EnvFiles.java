package dev.berth.compose.load;

import dev.berth.compose.env.DotEnv;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.KeyValues;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds {@code env_file} into {@code environment} (and {@code label_file} into {@code labels}):
 * the files' values first, later files overriding earlier ones, then the service's own entries.
 * An entry without a value ({@code environment: [DEBUG]}) takes it from the environment, as
 * docker compose does; one that is unset there stays without a value.
 */
final class EnvFiles {

    private final SourceReader sources;
    private final LoadOptions options;
    private final Map<String, String> environment;
    private final Problems problems;

    EnvFiles(SourceReader sources, LoadOptions options, Map<String, String> environment, Problems problems) {
        this.sources = sources;
        this.options = options;
        this.environment = environment;
        this.problems = problems;
    }

    MapNode resolve(MapNode root) {
        if (!(root.get("services") instanceof MapNode services)) {
            return root;
        }
        List<MapNode.Entry> out = new ArrayList<>();
        for (MapNode.Entry e : services.entries()) {
            if (e.value() instanceof MapNode service) {
                String path = "services." + e.key();
                MapNode s = fold(service, "env_file", "environment", path, true);
                s = fold(s, "label_file", "labels", path, false);
                out.add(e.withValue(s));
            } else {
                out.add(e);
            }
        }
        return root.with("services", services.withEntries(out));
    }

    private MapNode fold(MapNode service, String fileKey, String mapKey, String path, boolean fromEnvironment) {
        Node files = service.get(fileKey);
        Node own = service.get(mapKey);
        if (files == null && !(fromEnvironment && own != null)) {
            return service;
        }
        LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
        if (files != null) {
            List<Node> items = files instanceof SeqNode s ? s.items() : List.of(files);
            for (int i = 0; i < items.size(); i++) {
                readInto(items.get(i), path + "." + fileKey + (files instanceof SeqNode ? "." + i : ""), entries);
            }
        }
        MapNode ownMap = own == null ? MapNode.empty(service.position()) : KeyValues.asMap(own);
        for (MapNode.Entry e : ownMap.entries()) {
            Node value = e.value();
            if (fromEnvironment && value instanceof ScalarNode v && v.isNull() && environment.containsKey(e.key())) {
                value = ScalarNode.string(environment.get(e.key()), v.position());
            }
            entries.put(e.key(), e.withValue(value));
        }
        MapNode result = service.without(fileKey);
        return entries.isEmpty() ? result : result.with(mapKey, new MapNode(entries.values(),
                own == null ? files.position() : own.position(), null));
    }

    private void readInto(Node item, String path, Map<String, MapNode.Entry> into) {
        String file = item instanceof ScalarNode s ? s.text()
                : ((MapNode) item).get("path") instanceof ScalarNode s ? s.text() : null;
        boolean required = !(item instanceof MapNode m && m.get("required") instanceof ScalarNode r
                && r.text().equals("false"));
        if (file == null) {
            return;
        }
        Path p = Path.of(file);
        String name = options.display(p);
        try {
            if (!required && !sources.exists(p)) {
                return;
            }
            Map<String, String> values = DotEnv.parse(name, sources.read(p), environment::get);
            Position at = new Position(name, 0, 0);
            values.forEach((k, v) -> into.put(k, new MapNode.Entry(k, at, ScalarNode.string(v, at))));
        } catch (IOException e) {
            problems.add(item.position(), path, "env file " + name + " cannot be read: " + ReadFailure.reason(e));
        } catch (ComposeException e) {
            problems.addAll(e.problems());
        }
    }
}
