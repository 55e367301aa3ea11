package dev.berth.compose.load;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Makes the host paths of a compose tree absolute: build contexts, env files, bind mounts,
 * extends files, config and secret files. Relative paths are taken from {@code base} (the
 * project directory, or the directory of the file a base service or an include came from);
 * {@code ~} is the user's home from the environment. URLs and named volumes stay as written.
 */
final class HostPaths {

    private final Path base;
    private final String home;

    HostPaths(Path base, Map<String, String> environment) {
        this.base = base;
        this.home = environment.getOrDefault("HOME", System.getProperty("user.home"));
    }

    MapNode resolveProject(MapNode root) {
        MapNode out = root;
        if (root.get("services") instanceof MapNode services) {
            List<MapNode.Entry> resolved = new ArrayList<>();
            for (MapNode.Entry e : services.entries()) {
                resolved.add(e.value() instanceof MapNode s ? e.withValue(resolveService(s)) : e);
            }
            out = out.with("services", services.withEntries(resolved));
        }
        for (String kind : List.of("configs", "secrets")) {
            if (out.get(kind) instanceof MapNode defs) {
                out = out.with(kind, eachValue(defs, d -> d instanceof MapNode m ? field(m, "file", this::path) : d));
            }
        }
        return out;
    }

    MapNode resolveService(MapNode service) {
        MapNode s = service;
        if (s.get("build") instanceof ScalarNode context) {
            s = s.with("build", buildContext(context));
        } else if (s.get("build") instanceof MapNode build) {
            MapNode b = field(build, "context", this::buildContext);
            if (b.get("additional_contexts") instanceof MapNode extra) {
                b = b.with("additional_contexts", eachValue(extra, this::buildContext));
            }
            s = s.with("build", b);
        }
        s = field(s, "env_file", this::fileList);
        s = field(s, "label_file", this::fileList);
        if (s.get("extends") instanceof MapNode ext) {
            s = s.with("extends", field(ext, "file", this::path));
        }
        if (s.get("volumes") instanceof SeqNode volumes) {
            s = s.with("volumes", volumes.withItems(volumes.items().stream().map(this::volume).toList()));
        }
        return s;
    }

    private Node volume(Node item) {
        if (item instanceof ScalarNode s) {
            String spec = s.text();
            int colon = spec.indexOf(':');
            if (colon > 0 && isHostPath(spec.substring(0, colon))) {
                return s.withText(absolute(spec.substring(0, colon)) + spec.substring(colon));
            }
            return s;
        }
        if (item instanceof MapNode m && m.get("type") instanceof ScalarNode t && t.text().equals("bind")) {
            return field(m, "source", this::path);
        }
        return item;
    }

    private Node fileList(Node node) {
        if (node instanceof ScalarNode) {
            return path(node);
        }
        if (node instanceof SeqNode seq) {
            return seq.withItems(seq.items().stream()
                    .map(i -> i instanceof MapNode m ? field(m, "path", this::path) : path(i)).toList());
        }
        return node;
    }

    private Node buildContext(Node node) {
        if (node instanceof ScalarNode s && !isRemote(s.text())) {
            return path(s);
        }
        return node;
    }

    private Node path(Node node) {
        if (node instanceof ScalarNode s && s.isString() && !s.text().isEmpty()) {
            return s.withText(absolute(s.text()));
        }
        return node;
    }

    String absolute(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return Path.of(home + path.substring(1)).normalize().toString();
        }
        return base.resolve(path).normalize().toString();
    }

    private static boolean isHostPath(String source) {
        return source.startsWith("/") || source.startsWith(".") || source.startsWith("~");
    }

    private static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/")
                || context.startsWith("docker-image:") || context.startsWith("service:")
                || context.startsWith("oci-layout:");
    }

    private static MapNode field(MapNode map, String key, UnaryOperator<Node> change) {
        Node value = map.get(key);
        return value == null ? map : map.with(key, change.apply(value));
    }

    private static MapNode eachValue(MapNode map, UnaryOperator<Node> change) {
        return map.withEntries(map.entries().stream().map(e -> e.withValue(change.apply(e.value()))).toList());
    }
}
