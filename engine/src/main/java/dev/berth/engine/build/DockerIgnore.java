package dev.berth.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of a {@code .dockerignore} file, matched as Docker matches them: one pattern a
 * line, {@code #} comments, paths cleaned and relative to the context root, {@code *} and
 * {@code ?} within one path segment, {@code **} across any number of segments, {@code [...]}
 * classes, {@code \} escapes, and {@code !} exceptions. The last pattern that matches a path
 * (or one of its parent directories) decides.
 */
public final class DockerIgnore {

    public static final DockerIgnore NONE = new DockerIgnore(List.of());

    private record Rule(String text, Pattern regex, boolean exception) {
    }

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static DockerIgnore parse(String content) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : content.split("\r?\n")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            if (exception) {
                line = line.substring(1).trim();
                if (line.isEmpty()) {
                    continue;
                }
            }
            String cleaned = clean(line);
            if (cleaned.length() > 1 && cleaned.startsWith("/")) {
                cleaned = cleaned.substring(1);
            }
            rules.add(new Rule(cleaned, compile(cleaned), exception));
        }
        return new DockerIgnore(rules);
    }

    /** The same patterns, with exceptions that keep {@code paths} in (Docker always sends the Dockerfile and .dockerignore). */
    public DockerIgnore keeping(String... paths) {
        List<Rule> out = new ArrayList<>(rules);
        for (String p : paths) {
            String cleaned = clean(p);
            out.add(new Rule(cleaned, compile(cleaned), true));
        }
        return new DockerIgnore(out);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Whether the path (relative to the context, '/'-separated) is left out of the context. */
    public boolean excludes(String path) {
        String file = clean(path);
        List<String> parents = new ArrayList<>();
        int slash = file.indexOf('/');
        while (slash >= 0) {
            parents.add(file.substring(0, slash));
            slash = file.indexOf('/', slash + 1);
        }
        boolean excluded = false;
        for (Rule rule : rules) {
            // only a rule that could change the verdict needs to be tried
            if (rule.exception() != excluded) {
                continue;
            }
            boolean match = rule.regex().matcher(file).matches();
            for (int i = 0; !match && i < parents.size(); i++) {
                match = rule.regex().matcher(parents.get(i)).matches();
            }
            if (match) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    /** Whether an exception could bring back something below an excluded directory (then it must be walked). */
    public boolean hasExceptions() {
        return rules.stream().anyMatch(Rule::exception);
    }

    /** Go's filepath.Clean on '/'-separated paths: no empty or '.' segments, '..' resolved where it can be. */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
            } else if (!(part.equals("..") && rooted)) {
                out.add(part);
            }
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    /** The pattern as a regular expression over the whole '/'-separated path. */
    static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder("^");
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (i + 1 < n && pattern.charAt(i + 1) == '*') {
                    i++;
                    if (i + 1 < n && pattern.charAt(i + 1) == '/') {
                        i++;
                    }
                    // "**" at the end matches everything below; elsewhere any number of whole segments
                    re.append(i + 1 >= n ? ".*" : "(.*/)?");
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if (c == '\\' && i + 1 < n) {
                i++;
                re.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
            } else if (c == '[') {
                int end = pattern.indexOf(']', i + 1);
                if (end < 0) {
                    re.append("\\[");
                } else {
                    String body = pattern.substring(i + 1, end);
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                    i = end;
                }
            } else if (".+()|{}$^".indexOf(c) >= 0) {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        return Pattern.compile(re.append('$').toString());
    }

    @Override
    public String toString() {
        return rules.stream().map(r -> (r.exception() ? "!" : "") + r.text()).toList().toString();
    }
}
