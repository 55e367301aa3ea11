package dev.berth.compose.load;

import dev.berth.compose.tree.MapNode;
import java.nio.file.Path;

/** One compose file after reading, interpolation and validation. */
record ComposeFile(Path path, MapNode tree) {

    Path directory() {
        return path.getParent();
    }

    ComposeFile withTree(MapNode newTree) {
        return new ComposeFile(path, newTree);
    }
}
