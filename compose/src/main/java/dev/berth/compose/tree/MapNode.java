package dev.berth.compose.tree;

import dev.berth.compose.problem.Position;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A mapping with string keys, in the order written. */
public final class MapNode implements Node {

    /** One key and its value; the key keeps its own position for messages about the key. */
    public record Entry(String key, Position keyPosition, Node value) {
        public Entry withValue(Node newValue) {
            return new Entry(key, keyPosition, newValue);
        }
    }

    private final Map<String, Entry> entries;
    private final Position position;
    private final String tag;
    private final long size;

    public MapNode(Collection<Entry> entries, Position position, String tag) {
        LinkedHashMap<String, Entry> map = new LinkedHashMap<>();
        long total = 1;
        for (Entry e : entries) {
            Entry old = map.put(e.key(), e);
            if (old != null) {
                total -= old.value().size();
            }
            total += e.value().size();
        }
        this.entries = Collections.unmodifiableMap(map);
        this.position = position;
        this.tag = tag;
        this.size = total;
    }

    public static MapNode empty(Position position) {
        return new MapNode(List.of(), position, null);
    }

    public Node get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A copy with {@code key} set to {@code value}, keeping the key's place when it exists. */
    public MapNode with(String key, Node value) {
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<>(entries);
        Entry old = copy.get(key);
        copy.put(key, old == null ? new Entry(key, value.position(), value) : old.withValue(value));
        return new MapNode(copy.values(), position, tag);
    }

    public MapNode without(String key) {
        if (!entries.containsKey(key)) {
            return this;
        }
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new MapNode(copy.values(), position, tag);
    }

    public MapNode withEntries(Collection<Entry> newEntries) {
        return new MapNode(newEntries, position, tag);
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public MapNode withTag(String newTag) {
        return new MapNode(entries.values(), position, newTag);
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapNode m && m.entries.equals(entries) && m.position.equals(position)
                && java.util.Objects.equals(m.tag, tag);
    }

    @Override
    public int hashCode() {
        return entries.hashCode() * 31 + position.hashCode();
    }

    @Override
    public String toString() {
        return "MapNode" + entries.values();
    }
}
