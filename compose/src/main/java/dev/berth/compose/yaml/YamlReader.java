package dev.berth.compose.yaml;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads one YAML 1.2 document into the positioned {@link Node} tree. Builds the tree from the
 * parser's event stream with an explicit stack, so depth, alias expansion and size are
 * checked as the document is read and a hostile file fails fast with a clear error. Handles
 * anchors, aliases and merge keys ({@code <<}); rejects duplicate keys and non-scalar keys.
 */
public final class YamlReader {

    private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);
    private static final String MERGE_KEY = "<<";

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlReader() {
        this(YamlLimits.DEFAULT);
    }

    /** Parses {@code content}; an empty document yields an empty mapping at the file's start. */
    public Node read(String file, String content) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setCodePointLimit(limits.maxCodePoints())
                .setUseMarks(true)
                .build();
        if (content.codePointCount(0, content.length()) > limits.maxCodePoints()) {
            throw fail(new Position(file, 1, 1), "the file is larger than " + limits.maxCodePoints()
                    + " characters; Berth refuses documents this large");
        }
        try {
            return new Builder(file).build(new Parse(settings).parseString(content));
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark().or(e::getContextMark).map(m -> position(file, m))
                    .orElse(new Position(file, 1, 1));
            String message = e.getProblem() == null ? e.getMessage() : e.getProblem();
            if (e.getContext() != null) {
                message = e.getContext() + ": " + message;
            }
            throw fail(at, "invalid YAML: " + message);
        } catch (YamlEngineException e) {
            throw fail(new Position(file, 1, 1), "invalid YAML: " + e.getMessage());
        }
    }

    private static ComposeException fail(Position at, String message) {
        return new ComposeException(new Problem(at, "", message));
    }

    private static Position position(String file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** One open collection on the stack. */
    private static final class Frame {
        final boolean mapping;
        final Position position;
        final String tag;
        final String anchor;
        final List<Node> items = new ArrayList<>();
        final List<ScalarNode> keys = new ArrayList<>();
        ScalarNode pendingKey;

        Frame(boolean mapping, Position position, String tag, String anchor) {
            this.mapping = mapping;
            this.position = position;
            this.tag = tag;
            this.anchor = anchor;
        }
    }

    private final class Builder {
        private final String file;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Map<String, Node> anchors = new HashMap<>();
        private Node root;
        private int documents;
        private int aliases;

        Builder(String file) {
            this.file = file;
        }

        Node build(Iterable<Event> events) {
            for (Event event : events) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw fail(at(event), "a compose file holds one YAML document; found a second one here");
                        }
                    }
                    case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
                    case MappingEnd, SequenceEnd -> close();
                    case Scalar -> add(scalar((ScalarEvent) event), event);
                    case Alias -> add(alias((AliasEvent) event), event);
                    default -> { }
                }
            }
            return root == null ? MapNode.empty(new Position(file, 1, 1)) : root;
        }

        private Position at(Event event) {
            return event.getStartMark().map(m -> position(file, m)).orElse(new Position(file, 1, 1));
        }

        private void open(CollectionStartEvent event) {
            if (stack.size() >= limits.maxDepth()) {
                throw fail(at(event), "the document is nested deeper than " + limits.maxDepth() + " levels");
            }
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            stack.push(new Frame(mapping, at(event), localTag(event.getTag()), anchorOf(event)));
        }

        private void close() {
            Frame frame = stack.pop();
            Node node = frame.mapping ? mapping(frame) : new SeqNode(frame.items, frame.position, frame.tag);
            if (node.size() > limits.maxNodes()) {
                throw fail(frame.position, "the document expands to more than " + limits.maxNodes()
                        + " nodes (too many aliases?)");
            }
            if (frame.anchor != null) {
                anchors.put(frame.anchor, node);
            }
            attach(node);
        }

        private void add(Node node, Event event) {
            String anchor = anchorOf((NodeEvent) event);
            if (anchor != null && event.getEventId() == Event.ID.Scalar) {
                anchors.put(anchor, node);
            }
            attach(node);
        }

        private void attach(Node node) {
            Frame parent = stack.peek();
            if (parent == null) {
                root = node;
            } else if (!parent.mapping) {
                parent.items.add(node);
            } else if (parent.pendingKey == null) {
                if (!(node instanceof ScalarNode key) || key.isNull()) {
                    throw fail(node.position(), "a mapping key must be a string, not " + node.describe());
                }
                parent.pendingKey = key;
            } else {
                parent.keys.add(parent.pendingKey);
                parent.items.add(node);
                parent.pendingKey = null;
            }
        }

        private Node alias(AliasEvent event) {
            String name = event.getAlias().getValue();
            Node target = anchors.get(name);
            if (target == null) {
                throw fail(at(event), "unknown alias *" + name);
            }
            if (++aliases > limits.maxAliases()) {
                throw fail(at(event), "more than " + limits.maxAliases() + " aliases in one document");
            }
            return target;
        }

        private MapNode mapping(Frame frame) {
            LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
            List<MapNode> merged = new ArrayList<>();
            for (int i = 0; i < frame.keys.size(); i++) {
                ScalarNode key = frame.keys.get(i);
                Node value = frame.items.get(i);
                if (key.text().equals(MERGE_KEY) && key.kind() == ScalarKind.STRING && key.tag() == null) {
                    collectMergeSources(value, merged);
                    continue;
                }
                if (entries.containsKey(key.text())) {
                    throw new ComposeException(new Problem(key.position(), pathTo(key.text()),
                            "duplicate key \"" + key.text() + "\" (first defined at "
                                    + entries.get(key.text()).keyPosition() + ")"));
                }
                entries.put(key.text(), new MapNode.Entry(key.text(), key.position(), value));
            }
            // Keys written in the mapping win over merged ones; earlier merge sources win over later.
            for (MapNode source : merged) {
                for (MapNode.Entry e : source.entries()) {
                    entries.putIfAbsent(e.key(), e);
                }
            }
            return new MapNode(entries.values(), frame.position, frame.tag);
        }

        /** The dotted path of {@code key} in the mapping just closed, from the frames still open. */
        private String pathTo(String key) {
            List<String> parts = new ArrayList<>();
            java.util.Iterator<Frame> bottomUp = stack.descendingIterator();
            while (bottomUp.hasNext()) {
                Frame f = bottomUp.next();
                parts.add(f.mapping ? (f.pendingKey == null ? "?" : f.pendingKey.text()) : Integer.toString(f.items.size()));
            }
            parts.add(key);
            return String.join(".", parts);
        }

        private void collectMergeSources(Node value, List<MapNode> into) {
            if (value instanceof MapNode m) {
                into.add(m);
            } else if (value instanceof SeqNode s && s.items().stream().allMatch(n -> n instanceof MapNode)) {
                s.items().forEach(n -> into.add((MapNode) n));
            } else {
                throw fail(value.position(), "a merge key (<<) takes a mapping or a sequence of mappings, not "
                        + value.describe());
            }
        }

        private ScalarNode scalar(ScalarEvent event) {
            Position at = at(event);
            Optional<String> tag = event.getTag();
            String value = event.getValue();
            if (tag.isPresent() && tag.get().startsWith(Tag.PREFIX)) {
                return new ScalarNode(value, kindOfStandardTag(tag.get(), at), at, null);
            }
            ScalarKind kind = ScalarKind.STRING;
            if (event.isPlain() && tag.isEmpty()) {
                kind = kindOf(RESOLVER.resolve(value, true));
            }
            return new ScalarNode(value, kind, at, localTag(tag));
        }

        private ScalarKind kindOfStandardTag(String tag, Position at) {
            return switch (tag.substring(Tag.PREFIX.length())) {
                case "str" -> ScalarKind.STRING;
                case "int" -> ScalarKind.INT;
                case "float" -> ScalarKind.FLOAT;
                case "bool" -> ScalarKind.BOOL;
                case "null" -> ScalarKind.NULL;
                default -> throw fail(at, "unsupported YAML tag " + tag);
            };
        }

        private static ScalarKind kindOf(Tag tag) {
            if (tag.equals(Tag.INT)) return ScalarKind.INT;
            if (tag.equals(Tag.FLOAT)) return ScalarKind.FLOAT;
            if (tag.equals(Tag.BOOL)) return ScalarKind.BOOL;
            if (tag.equals(Tag.NULL)) return ScalarKind.NULL;
            return ScalarKind.STRING;
        }

        private String anchorOf(NodeEvent event) {
            return event.getAnchor().map(a -> a.getValue()).orElse(null);
        }

        /** Keeps local tags ({@code !reset}); standard tags on collections need no keeping. */
        private String localTag(Optional<String> tag) {
            return tag.filter(t -> t.startsWith("!") && !t.startsWith("!!")).orElse(null);
        }
    }
}
