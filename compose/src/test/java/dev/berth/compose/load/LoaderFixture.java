package dev.berth.compose.load;

import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads in-memory files into the merged tree, the way the loader does before binding. */
final class LoaderFixture {

    final MemorySources sources = new MemorySources();
    final Problems problems = new Problems();
    final Problems warnings = new Problems();
    Map<String, String> environment = Map.of("HOME", "/home/tester");

    LoaderFixture file(String name, String content) {
        sources.file(name, content);
        return this;
    }

    MapNode load(String... names) {
        List<Path> files = Arrays.stream(names).map(n -> MemorySources.ROOT.resolve(n)).toList();
        LoadOptions options = new LoadOptions(files, MemorySources.ROOT, null, Set.of(), environment,
                MemorySources.ROOT);
        return new ModelLoader(sources, options, problems, warnings)
                .load(options.files(), options.projectDirectory(), environment, List.of(), Position.NONE);
    }

    List<String> problemTexts() {
        return problems.list().stream().sorted().map(Object::toString).toList();
    }

    static Node at(Node root, String dotted) {
        Node n = root;
        for (String part : dotted.split("\\.")) {
            n = n instanceof MapNode m ? m.get(part) : ((dev.berth.compose.tree.SeqNode) n).get(Integer.parseInt(part));
        }
        return n;
    }

    static String text(Node root, String dotted) {
        return ((ScalarNode) at(root, dotted)).text();
    }
}
