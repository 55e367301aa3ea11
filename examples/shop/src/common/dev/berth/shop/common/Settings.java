package dev.berth.shop.common;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A module's settings: a properties file (rendered by Berth from a template, so service
 * addresses are filled in per environment), given as the first argument.
 */
public record Settings(Path file, Properties values) {

    public static Settings load(String[] args, String module) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/app/" + module + ".properties");
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        }
        return new Settings(file, values);
    }

    public String get(String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + ": no value for " + key);
        }
        return value.trim();
    }

    public int port(String key) {
        return Integer.parseInt(get(key));
    }

    /** A secret: the content of the file that KEY.file names (a Swarm secret), else KEY. */
    public String secret(String key) throws IOException {
        String path = values.getProperty(key + ".file");
        if (path != null && !path.isBlank()) {
            return Files.readString(Path.of(path.trim()), StandardCharsets.UTF_8).strip();
        }
        return get(key);
    }
}
