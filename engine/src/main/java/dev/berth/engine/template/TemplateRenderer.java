package dev.berth.engine.template;

import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import java.util.Map;

/**
 * Renders a config template: each {@code {{ placeholder }}} replaced by its value in one
 * environment. The placeholders are {@code environment}, {@code service.NAME},
 * {@code published.NAME.PORT} and {@code env.VAR}, and literal text in double quotes
 * ({@code {{ "{{" }}} writes {@code {{}); anything else, an unknown service, port or
 * variable, or an unclosed {@code {{} is an error naming the template's file, line and column.
 * Text outside placeholders is kept byte for byte.
 */
public final class TemplateRenderer {

    private final TemplateContext context;

    public TemplateRenderer(TemplateContext context) {
        this.context = context;
    }

    /**
     * @param file the template's file as it is named in messages
     * @param path the config's path in the project ({@code configs.catalog-conf})
     * @throws dev.berth.compose.problem.ComposeException with every problem in the template
     */
    public String render(String text, String file, String path) {
        Problems problems = new Problems();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            Position at = position(text, open, file);
            int start = open + 2;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < text.length() && text.charAt(start) == '"') {
                // literal text: {{ "{{" }} writes {{, and the text may hold }} too
                int quote = text.indexOf('"', start + 1);
                int close = quote < 0 ? -1 : text.indexOf("}}", quote + 1);
                if (close < 0 || !text.substring(quote + 1, close).isBlank()) {
                    problems.add(at, path, "literal text in a placeholder is written {{ \"TEXT\" }}: a closing \""
                            + " and then }}");
                    if (close < 0) {
                        break;
                    }
                    i = close + 2; // the rest of the text is still checked
                    continue;
                }
                out.append(text, start + 1, quote);
                i = close + 2;
                continue;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                problems.add(at, path, "a placeholder opened with {{ is never closed with }}");
                break;
            }
            String name = text.substring(open + 2, close).strip();
            String value = value(name);
            if (value == null) {
                problems.add(at, path, unknown(name));
            } else {
                out.append(value);
            }
            i = close + 2;
        }
        problems.throwIfAny();
        return out.toString();
    }

    private String value(String name) {
        if (name.equals("environment")) {
            return context.environment();
        }
        if (name.startsWith("service.")) {
            return context.services().get(name.substring("service.".length()));
        }
        if (name.startsWith("env.")) {
            return context.variables().get(name.substring("env.".length()));
        }
        if (name.startsWith("published.")) {
            String rest = name.substring("published.".length());
            int dot = rest.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            Map<Integer, String> ports = context.published().get(rest.substring(0, dot));
            try {
                return ports == null ? null : ports.get(Integer.parseInt(rest.substring(dot + 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private String unknown(String name) {
        if (name.startsWith("service.")) {
            return "no service " + quote(name.substring(8)) + " in the environment; known: "
                    + String.join(", ", context.services().keySet());
        }
        if (name.startsWith("env.")) {
            return "variable " + name.substring(4) + " is not set in the project environment";
        }
        if (name.startsWith("published.")) {
            String rest = name.substring(10);
            int dot = rest.lastIndexOf('.');
            String service = dot < 0 ? rest : rest.substring(0, dot);
            if (!context.services().containsKey(service)) {
                return "no service " + quote(service) + " in the environment; known: " + String.join(", ", context.services().keySet());
            }
            Map<Integer, String> ports = context.published().getOrDefault(service, Map.of());
            return dot < 0 ? "expected published." + service + ".PORT"
                    : "service " + service + " publishes no port " + rest.substring(dot + 1)
                    + (ports.isEmpty() ? " (it publishes none)" : " (it publishes " + ports.keySet().stream().sorted()
                    .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        }
        return "unknown placeholder " + quote(name) + "; expected environment, service.NAME, published.NAME.PORT, env.VAR"
                + " or \"TEXT\"";
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static Position position(String text, int offset, String file) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }
}
