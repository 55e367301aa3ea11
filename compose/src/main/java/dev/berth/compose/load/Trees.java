package dev.berth.compose.load;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;

/** Comparisons of trees by content, positions aside. */
final class Trees {

    private Trees() {
    }

    static boolean sameContent(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
            return x.kind() == y.kind() && x.text().equals(y.text());
        }
        if (a instanceof SeqNode x && b instanceof SeqNode y) {
            if (x.length() != y.length()) {
                return false;
            }
            for (int i = 0; i < x.length(); i++) {
                if (!sameContent(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MapNode x && b instanceof MapNode y) {
            if (!x.keys().equals(y.keys())) {
                return false;
            }
            for (String k : x.keys()) {
                if (!sameContent(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
