package dev.berth.compose.bind;

import dev.berth.compose.model.EnvFile;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;

/** {@code env_file}: a path or a sequence of paths and {@code {path, required, format}}; required by default. */
final class EnvFileSyntax {

    private EnvFileSyntax() {
    }

    static List<EnvFile> bind(Node node, Path path, Scalars scalars) {
        List<EnvFile> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SeqNode seq)) {
            String file = scalars.text(node, path);
            if (file != null) {
                out.add(new EnvFile(file, true, null));
            }
            return out;
        }
        for (int i = 0; i < seq.length(); i++) {
            Node item = seq.get(i);
            if (item instanceof MapNode map) {
                Fields f = new Fields(map, path.index(i), scalars);
                Boolean required = f.bool("required");
                String file = f.string("path");
                if (file == null) {
                    scalars.report(item, path.index(i), "an env_file entry needs a path");
                } else {
                    out.add(new EnvFile(file, required == null || required, f.string("format")));
                }
                f.done();
            } else {
                String file = scalars.text(item, path.index(i));
                if (file != null) {
                    out.add(new EnvFile(file, true, null));
                }
            }
        }
        return out;
    }
}
