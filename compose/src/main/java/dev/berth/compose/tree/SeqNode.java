package dev.berth.compose.tree;

import dev.berth.compose.problem.Position;
import java.util.List;

/** A sequence of nodes. */
public record SeqNode(List<Node> items, Position position, String tag, long size) implements Node {

    public SeqNode {
        items = List.copyOf(items);
    }

    public SeqNode(List<Node> items, Position position, String tag) {
        this(items, position, tag, 1 + items.stream().mapToLong(Node::size).sum());
    }

    public static SeqNode of(List<? extends Node> items, Position position) {
        return new SeqNode(List.copyOf(items), position, null);
    }

    public Node get(int index) {
        return items.get(index);
    }

    public int length() {
        return items.size();
    }

    public SeqNode withItems(List<? extends Node> newItems) {
        return new SeqNode(List.copyOf(newItems), position, tag);
    }

    @Override
    public SeqNode withTag(String newTag) {
        return new SeqNode(items, position, newTag, size);
    }

    @Override
    public String describe() {
        return "a sequence";
    }
}
