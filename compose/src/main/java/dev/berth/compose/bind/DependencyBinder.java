package dev.berth.compose.bind;

import dev.berth.compose.model.Dependency;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code depends_on} in long syntax, plus the dependencies that compose-spec implies: a service
 * named by {@code links}, by {@code network_mode}, {@code ipc}, {@code pid}, {@code uts} or
 * {@code cgroup} as {@code service:x}, or by {@code volumes_from} must start first. Every service
 * named, also by {@code extends}, is noted as a reference.
 */
final class DependencyBinder {

    private static final String STARTED = "service_started";
    private static final List<String> NAMESPACES = List.of("network_mode", "ipc", "pid", "uts", "cgroup");

    private DependencyBinder() {
    }

    static Map<String, Dependency> bind(Fields f, References refs) {
        Map<String, Dependency> out = new LinkedHashMap<>();
        Path path = f.path("depends_on");
        Node node = f.take("depends_on");
        Scalars scalars = f.scalars();
        if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                String name = scalars.text(seq.get(i), path.index(i));
                if (name != null) {
                    refs.add(References.Kind.SERVICE, name, seq.get(i).position(), path.index(i));
                    out.put(name, new Dependency(STARTED, true, false, null));
                }
            }
        } else if (node instanceof MapNode map) {
            for (MapNode.Entry e : map.entries()) {
                refs.add(References.Kind.SERVICE, e.key(), e.keyPosition(), path.child(e.key()));
                out.put(e.key(), entry(e.value(), path.child(e.key()), scalars));
            }
        } else if (node != null) {
            scalars.report(node, path, "expected a sequence of service names or a mapping, found " + Scalars.describe(node));
        }
        implied(f, refs, out);
        return out;
    }

    private static Dependency entry(Node node, Path path, Scalars scalars) {
        if (!(node instanceof MapNode map)) {
            if (!(node instanceof ScalarNode s && s.isNull())) {
                scalars.report(node, path, "expected a mapping with condition, required and restart, found " + node.describe());
            }
            return new Dependency(STARTED, true, false, null);
        }
        Fields f = new Fields(map, path, scalars);
        String condition = f.string("condition");
        Boolean required = f.bool("required");
        Dependency d = new Dependency(condition == null ? STARTED : condition, required == null || required,
                f.flag("restart"), f.extensions());
        f.done();
        return d;
    }

    /** Adds what links, namespaces shared with a service and volumes_from imply; these keys stay in otherKeys. */
    private static void implied(Fields f, References refs, Map<String, Dependency> out) {
        MapNode service = f.node();
        forEachItem(service.get("links"), f.path("links"), f.scalars(), (name, item, at) -> {
            String target = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            refs.add(References.Kind.SERVICE, target, item.position(), at);
            out.putIfAbsent(target, new Dependency(STARTED, true, true, null));
        });
        for (String key : NAMESPACES) {
            if (service.get(key) instanceof ScalarNode s && s.text().startsWith("service:")) {
                String target = s.text().substring("service:".length());
                refs.add(References.Kind.SERVICE, target, s.position(), f.path(key));
                out.putIfAbsent(target, new Dependency(STARTED, true, true, null));
            }
        }
        forEachItem(service.get("volumes_from"), f.path("volumes_from"), f.scalars(), (name, item, at) -> {
            if (!name.startsWith("container:")) {
                String target = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
                refs.add(References.Kind.SERVICE, target, item.position(), at);
                out.putIfAbsent(target, new Dependency(STARTED, true, false, null));
            }
        });
        Node extendsNode = f.take("extends");
        if (extendsNode instanceof ScalarNode s) {
            refs.add(References.Kind.SERVICE, s.text(), s.position(), f.path("extends"));
        } else if (extendsNode instanceof MapNode m && !m.has("file") && m.get("service") instanceof ScalarNode s) {
            refs.add(References.Kind.SERVICE, s.text(), s.position(), f.path("extends").child("service"));
        }
    }

    private interface ItemAction {
        void accept(String text, Node item, Path at);
    }

    private static void forEachItem(Node node, Path path, Scalars scalars, ItemAction action) {
        if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                if (seq.get(i) instanceof ScalarNode s && !s.isNull()) {
                    action.accept(s.text(), s, path.index(i));
                }
            }
        }
    }
}
