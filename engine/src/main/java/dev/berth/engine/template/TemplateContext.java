package dev.berth.engine.template;

import java.util.Map;
import java.util.TreeMap;

/**
 * The values a config template can use in one environment.
 *
 * @param environment the environment's name
 * @param services service → the DNS name it is reached by from inside the environment
 * @param published service → (container port or published port → host:port from outside)
 * @param variables the project environment ({@code .env}, {@code --env-file}, the process)
 */
public record TemplateContext(String environment, Map<String, String> services,
                              Map<String, Map<Integer, String>> published, Map<String, String> variables) {

    public TemplateContext {
        services = Map.copyOf(new TreeMap<>(services));
        published = Map.copyOf(published);
        variables = Map.copyOf(variables);
    }
}
