package dev.berth.engine.config;

import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import dev.berth.engine.network.Cidr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of the configuration file, read key by key into typed values. Every problem
 * (wrong type, bad value, unknown key) is recorded with its file, line, column and path, so
 * that the whole file is checked at once; reading goes on with the default value.
 */
public final class ConfigValues {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b)?");

    private final MapNode map;
    private final String path;
    private final List<Problem> problems;
    private final Set<String> known = new TreeSet<>();
    private final List<ConfigValues> children = new ArrayList<>();

    ConfigValues(MapNode map, String path, List<Problem> problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /** A nested mapping; an empty one when the key is absent. */
    public ConfigValues section(String key) {
        known.add(key);
        Node node = map.get(key);
        if (node instanceof MapNode m) {
            ConfigValues child = new ConfigValues(m, at(key), problems);
            children.add(child);
            return child;
        }
        if (node != null && !(node instanceof ScalarNode s && s.isNull())) {
            problem(node, key, "expected a mapping, found " + node.describe());
        }
        return new ConfigValues(MapNode.empty(map.position()), at(key), problems);
    }

    public String string(String key, String fallback) {
        ScalarNode s = scalar(key);
        return s == null ? fallback : s.text();
    }

    public int integer(String key, int fallback, int min, int max) {
        return parse(key, fallback, text -> {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ", found " + text);
            }
            return value;
        }, "a whole number");
    }

    public boolean bool(String key, boolean fallback) {
        return parse(key, fallback, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("expected true or false, found " + text);
        }, "true or false");
    }

    /** Durations as docker writes them ({@code 90s}, {@code 8h}, {@code 1h30m}, {@code 7d}); {@code 0} is zero. */
    public Duration duration(String key, Duration fallback) {
        return parse(key, fallback, Durations::parse, "a duration such as 90s, 8h or 7d");
    }

    /** Sizes in bytes: {@code 128MiB}, {@code 1g}, {@code 512m}, {@code 1073741824}; powers of 1024. */
    public long bytes(String key, long fallback) {
        return parse(key, fallback, ConfigValues::parseBytes, "a size such as 128MiB or 1g");
    }

    /** CPUs as a decimal number: {@code 0.1}, {@code 2}. */
    public double cpus(String key, double fallback) {
        return parse(key, fallback, text -> {
            double value = Double.parseDouble(text);
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("expected a number of CPUs such as 0.5, found " + text);
            }
            return value;
        }, "a number of CPUs such as 0.5");
    }

    public List<String> strings(String key, List<String> fallback) {
        known.add(key);
        Node node = map.get(key);
        if (node == null || node instanceof ScalarNode s && s.isNull()) {
            return fallback;
        }
        if (!(node instanceof SeqNode seq)) {
            problem(node, key, "expected a list, found " + node.describe());
            return fallback;
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Node item : seq.items()) {
            if (item instanceof ScalarNode s && !s.isNull()) {
                out.add(s.text());
            } else {
                problem(item, key + "." + i, "expected a string, found " + item.describe());
            }
            i++;
        }
        return List.copyOf(out);
    }

    public List<Cidr> cidrs(String key, List<Cidr> fallback) {
        known.add(key);
        Node node = map.get(key);
        if (!(node instanceof SeqNode seq)) {
            strings(key, List.of()); // reports a value that is not a list
            return fallback;
        }
        List<Cidr> out = new ArrayList<>();
        int i = 0;
        for (Node item : seq.items()) {
            try {
                out.add(Cidr.parse(item instanceof ScalarNode s ? s.text() : ""));
            } catch (IllegalArgumentException e) {
                String why = e.getMessage() == null ? "" : e.getMessage();
                problem(item, key + "." + i, why.startsWith("expected") && item instanceof ScalarNode ? why
                        : "expected an IPv4 subnet such as 10.208.0.0/12, found " + (item instanceof ScalarNode s
                        ? s.text() + (why.isEmpty() ? "" : " (" + why + ")") : item.describe()));
            }
            i++;
        }
        return out.isEmpty() ? fallback : List.copyOf(out);
    }

    /** Each item of a list of mappings, read by {@code reader}. */
    public <T> List<T> list(String key, Function<ConfigValues, T> reader) {
        known.add(key);
        Node node = map.get(key);
        if (node == null || node instanceof ScalarNode s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof SeqNode seq)) {
            problem(node, key, "expected a list, found " + node.describe());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        for (Node item : seq.items()) {
            if (item instanceof MapNode m) {
                ConfigValues values = new ConfigValues(m, at(key + "." + i), problems);
                out.add(reader.apply(values));
                values.rejectUnknown();
            } else {
                problem(item, key + "." + i, "expected a mapping, found " + item.describe());
            }
            i++;
        }
        return List.copyOf(out);
    }

    /** String values of a mapping, in file order. */
    public Map<String, String> stringMap(String key) {
        known.add(key);
        Node node = map.get(key);
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                if (e.value() instanceof ScalarNode s && !s.isNull()) {
                    out.put(e.key(), s.text());
                } else {
                    problem(e.value(), key + "." + e.key(), "expected a string, found " + e.value().describe());
                }
            }
        } else if (node != null && !(node instanceof ScalarNode s && s.isNull())) {
            problem(node, key, "expected a mapping, found " + node.describe());
        }
        return out;
    }

    /** A problem with the value under {@code key}, for checks across several values. */
    public void problem(String key, String message) {
        Node node = map.get(key);
        problems.add(new Problem(node == null ? map.position() : node.position(), at(key), message));
    }

    public String path() {
        return path;
    }

    /** Records every key that no reader asked for, here and in the sections read from here. */
    void rejectUnknown() {
        children.forEach(ConfigValues::rejectUnknown);
        for (MapNode.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                problems.add(new Problem(e.keyPosition(), at(e.key()),
                        "unknown key; expected one of: " + String.join(", ", known)));
            }
        }
    }

    private <T> T parse(String key, T fallback, Function<String, T> parser, String expected) {
        ScalarNode s = scalar(key);
        if (s == null) {
            return fallback;
        }
        try {
            return parser.apply(s.text().trim());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            problem(s, key, message != null && (message.startsWith("expected") || message.startsWith("duration "))
                    ? message : "expected " + expected + ", found " + s.text());
            return fallback;
        }
    }

    private ScalarNode scalar(String key) {
        known.add(key);
        Node node = map.get(key);
        if (node == null || node instanceof ScalarNode s && s.isNull()) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s;
        }
        problem(node, key, "expected a single value, found " + node.describe());
        return null;
    }

    private void problem(Node node, String key, String message) {
        Position position = node == null ? map.position() : node.position();
        problems.add(new Problem(position, at(key), message));
    }

    private String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static long parseBytes(String text) {
        Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size such as 128MiB or 1g, found " + text);
        }
        int power = "kmgt".indexOf(m.group(2)) + 1;
        return Math.round(Double.parseDouble(m.group(1)) * Math.pow(1024, power));
    }
}
