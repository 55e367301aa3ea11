package dev.berth.engine.template;

import dev.berth.compose.model.Config;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.Project;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.problem.Problems;
import dev.berth.engine.artifact.BerthBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders every config marked {@code x-berth-template: true} for one environment. The rendered
 * text becomes the config's content, so its hash names the Swarm config and a changed value
 * gives a new config that the services using it roll over to.
 */
public final class ConfigTemplates {

    private ConfigTemplates() {
    }

    /**
     * What the templates of this project can refer to: every service that is deployed (by its
     * compose name, which resolves inside the environment's networks) and its published ports as
     * {@code publishedHost:port}.
     */
    public static TemplateContext context(Project project, BerthBuild build, String environment, String publishedHost,
                                          Map<String, String> variables) {
        String compile = build.compile() == null ? null : build.compile().service();
        Map<String, String> services = new TreeMap<>();
        Map<String, Map<Integer, String>> published = new TreeMap<>();
        project.services().forEach((name, s) -> {
            if (name.equals(compile)) {
                return;
            }
            services.put(name, name);
            Map<Integer, String> ports = new LinkedHashMap<>();
            for (Port p : s.ports()) {
                if (p.published() == null || p.published().contains("-")) {
                    continue;
                }
                String address = publishedHost + ":" + p.published();
                ports.putIfAbsent(p.target(), address);
                ports.putIfAbsent(Integer.parseInt(p.published()), address);
            }
            published.put(name, ports);
        });
        return new TemplateContext(environment, services, published, variables);
    }

    /**
     * @return config key → rendered text
     * @throws ComposeException with every problem of every template, each with its file, line and column
     */
    public static Map<String, String> render(Project project, BerthBuild build, TemplateContext context) {
        TemplateRenderer renderer = new TemplateRenderer(context);
        Problems problems = new Problems();
        Map<String, String> out = new TreeMap<>();
        for (String key : build.templates()) {
            Config c = project.configs().get(key);
            String path = "configs." + key;
            String text;
            String file;
            if (c.file() != null) {
                file = c.file();
                try {
                    text = Files.readString(Path.of(c.file()), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    problems.add(new Problem(c.extensions().position(path + ".x-berth-template"), path + ".file",
                            "cannot read the template " + c.file() + ": "
                                    + dev.berth.compose.load.ReadFailure.reason(e)));
                    continue;
                }
            } else {
                file = c.extensions().position(path + ".x-berth-template").file();
                text = c.content();
            }
            try {
                out.put(key, renderer.render(text, file, path));
            } catch (ComposeException e) {
                if (c.file() != null) {
                    problems.addAll(e.problems());
                } else {
                    // inline content: name the config in the compose file, and the place inside the text
                    Position at = c.extensions().position(path + ".x-berth-template");
                    e.problems().forEach(p -> problems.add(new Problem(at, path + ".content", "line " + p.position().line()
                            + ", column " + p.position().column() + ": " + p.message())));
                }
            }
        }
        problems.throwIfAny();
        return out;
    }

}
