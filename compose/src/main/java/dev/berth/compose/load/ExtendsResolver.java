package dev.berth.compose.load;

import dev.berth.compose.merge.Merger;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends}: a service starts from the service it names, in the same file or
 * another one, and overrides it by the merge rules. Host paths of a base service from another
 * file are taken relative to that file. A cycle is an error that shows the whole chain.
 */
final class ExtendsResolver {

    private final FileLoader files;
    private final Map<String, String> environment;
    private final Problems problems;
    private final Problems warnings;
    private final Map<Path, ComposeFile> otherFiles = new HashMap<>();
    private final Map<String, MapNode> done = new HashMap<>();

    ExtendsResolver(FileLoader files, Map<String, String> environment, Problems problems, Problems warnings) {
        this.files = files;
        this.environment = environment;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The file with every service's {@code extends} resolved; {@code baseDir} anchors relative file names. */
    ComposeFile resolve(ComposeFile file, Path baseDir) {
        if (!(file.tree().get("services") instanceof MapNode services)) {
            return file;
        }
        List<MapNode.Entry> resolved = new ArrayList<>();
        for (MapNode.Entry e : services.entries()) {
            Node value = e.value() instanceof MapNode ? service(file, baseDir, e.key(), new ArrayList<>()) : e.value();
            resolved.add(e.withValue(value));
        }
        return file.withTree(file.tree().with("services", services.withEntries(resolved)));
    }

    private MapNode service(ComposeFile file, Path baseDir, String name, List<String> chain) {
        MapNode services = (MapNode) file.tree().get("services");
        MapNode service = (MapNode) services.get(name);
        String key = file.path() + "#" + name;
        if (done.containsKey(key)) {
            return done.get(key);
        }
        Node extendsNode = service.get("extends");
        if (extendsNode == null) {
            return service;
        }
        String path = "services." + name + ".extends";
        if (chain.contains(key)) {
            problems.add(extendsNode.position(), path, "extends cycle: " + cycle(chain, key));
            return service.without("extends");
        }
        chain.add(key);
        String baseName = baseName(extendsNode);
        Node fileNode = extendsNode instanceof MapNode m ? m.get("file") : null;
        ComposeFile baseFile = file;
        Path baseFileDir = baseDir;
        if (fileNode instanceof ScalarNode f && !f.isNull()) {
            Path other = baseDir.resolve(f.text()).normalize();
            baseFile = otherFile(other, f.position());
            baseFileDir = other.getParent();
            if (baseFile == null) {
                return service.without("extends");
            }
        }
        MapNode baseServices = baseFile.tree().get("services") instanceof MapNode m ? m : MapNode.empty(Position.NONE);
        if (!(baseServices.get(baseName) instanceof MapNode)) {
            Node named = extendsNode instanceof MapNode m && m.get("service") != null ? m.get("service") : extendsNode;
            problems.add(named.position(), named == extendsNode ? path : path + ".service",
                    "cannot extend service \"" + baseName + "\": "
                    + (baseFile == file ? "no such service in this file"
                    : "no such service in " + baseFile.path().getFileName()));
            return service.without("extends");
        }
        MapNode base = service(baseFile, baseFileDir, baseName, chain);
        if (baseFile != file) {
            base = new HostPaths(baseFileDir, environment).resolveService(base);
        }
        MapNode merged = Merger.mergeService(base, service.without("extends"));
        chain.remove(key);
        done.put(key, merged);
        return merged;
    }

    private ComposeFile otherFile(Path path, Position referencedAt) {
        if (!otherFiles.containsKey(path)) {
            otherFiles.put(path, files.load(path, environment, referencedAt, problems, warnings));
        }
        return otherFiles.get(path);
    }

    private static String baseName(Node extendsNode) {
        if (extendsNode instanceof ScalarNode s) {
            return s.text();
        }
        return ((MapNode) extendsNode).get("service") instanceof ScalarNode s ? s.text() : "";
    }

    private static String cycle(List<String> chain, String repeated) {
        List<String> names = new ArrayList<>();
        for (String k : chain.subList(chain.indexOf(repeated), chain.size())) {
            names.add(k.substring(k.indexOf('#') + 1));
        }
        names.add(repeated.substring(repeated.indexOf('#') + 1));
        return String.join(" -> ", names);
    }
}
