package dev.berth.swarm.convert;

import dev.berth.compose.model.Config;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Secret;
import dev.berth.swarm.spec.ConfigReference;
import dev.berth.swarm.spec.ConfigSpec;
import dev.berth.swarm.spec.Driver;
import dev.berth.swarm.spec.FileTarget;
import dev.berth.swarm.spec.SecretReference;
import dev.berth.swarm.spec.SecretSpec;
import dev.berth.swarm.spec.SpecHash;
import dev.berth.swarm.spec.SpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Configs and secrets, and the services' references to them. Swarm cannot change the data of
 * either, so each one Berth creates is named after its content ({@code <env>_<key>-<sha256 prefix>}):
 * new content is a new object, and the services move over to it in their next update.
 */
final class FileObjects {

    private static final long DEFAULT_MODE = 0444;
    private static final int NAME_HASH_DIGITS = 10;
    /** Swarm's limits: less than 500 KiB for a secret, 1000 KiB for a config, and never empty. */
    private static final int MAX_SECRET_BYTES = 500 * 1024;
    private static final int MAX_CONFIG_BYTES = 1000 * 1024;

    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?");

    private final List<ConfigSpec> configs = new ArrayList<>();
    private final List<SecretSpec> secrets = new ArrayList<>();
    private final Map<String, String> configNames = new HashMap<>();
    private final Map<String, String> secretNames = new HashMap<>();

    static FileObjects convert(Conversion c) {
        FileObjects objects = new FileObjects();
        c.project().configs().forEach((key, config) -> objects.config(c, key, config));
        c.project().secrets().forEach((key, secret) -> objects.secret(c, key, secret));
        objects.configs.sort(Comparator.comparing(ConfigSpec::name));
        objects.secrets.sort(Comparator.comparing(SecretSpec::name));
        return objects;
    }

    List<ConfigSpec> configs() {
        return configs;
    }

    List<SecretSpec> secrets() {
        return secrets;
    }

    private void config(Conversion c, String key, Config config) {
        String path = "configs." + key;
        if (config.external()) {
            configNames.put(key, config.name());
            return;
        }
        warnNamed(c, path, key, config.name());
        if (config.driver() != null) {
            c.warn(path + ".driver", "Engine API 1.41 has no config drivers; ignored");
        }
        if (!config.driverOpts().isEmpty()) {
            c.warn(path + ".driver_opts", "Engine API 1.41 has no config drivers; ignored");
        }
        byte[] data = content(c, path, config.file(), config.environment(), config.content());
        if (data == null || !fits(c, path, "config", data, MAX_CONFIG_BYTES)) {
            return;
        }
        String name = hashedName(c, path, key, data);
        configNames.put(key, name);
        configs.add(new ConfigSpec(name, c.merge(path + ".labels", config.labels(), c.ownLabels(key)), base64(data),
                templating(config.templateDriver())));
    }

    private void secret(Conversion c, String key, Secret secret) {
        String path = "secrets." + key;
        if (secret.external()) {
            secretNames.put(key, secret.name());
            return;
        }
        warnNamed(c, path, key, secret.name());
        Driver driver = null;
        byte[] data;
        if (secret.driver() != null) {
            // the driver fetches the value from a secret store; the name follows the driver's settings instead
            driver = new Driver(secret.driver(), secret.driverOpts());
            data = SpecJson.write(driver).getBytes(StandardCharsets.UTF_8);
            if (secret.file() != null || secret.environment() != null || secret.content() != null) {
                c.warn(path + ".driver", "a secret with a driver takes its value from the driver; file, environment"
                        + " and content are ignored");
            }
        } else {
            if (!secret.driverOpts().isEmpty()) {
                c.warn(path + ".driver_opts", "driver_opts without a driver; ignored");
            }
            data = content(c, path, secret.file(), secret.environment(), secret.content());
            if (data == null || !fits(c, path, "secret", data, MAX_SECRET_BYTES)) {
                return;
            }
        }
        String name = hashedName(c, path, key, data);
        secretNames.put(key, name);
        secrets.add(new SecretSpec(name, c.merge(path + ".labels", secret.labels(), c.ownLabels(key)),
                driver == null ? base64(data) : null, driver, templating(secret.templateDriver())));
    }

    private static void warnNamed(Conversion c, String path, String key, String name) {
        if (c.namedExplicitly(key, name)) {
            c.warn(path + ".name", "Berth names it after the environment and its content, not \"" + name
                    + "\", so that copies of the project never share it");
        }
    }

    /** The content from a file, an environment variable or inline; null after a problem was reported. */
    private static byte[] content(Conversion c, String path, String file, String variable, String inline) {
        if (file != null) {
            try {
                return c.options().contents().read(Path.of(file));
            } catch (NoSuchFileException e) {
                c.fail(path + ".file", "cannot read " + file + ": no such file");
            } catch (IOException | RuntimeException e) {
                c.fail(path + ".file", "cannot read " + file + ": " + e.getMessage());
            }
            return null;
        }
        if (variable != null) {
            String value = c.options().environment().get(variable);
            if (value == null) {
                c.fail(path + ".environment", "the variable " + variable + " is not set");
                return null;
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }
        if (inline != null) {
            return inline.getBytes(StandardCharsets.UTF_8);
        }
        c.fail(path, "needs file, environment or content, or external: true");
        return null;
    }

    private static boolean fits(Conversion c, String path, String kind, byte[] data, int max) {
        if (data.length == 0 || data.length >= max) {
            c.fail(path, "Docker Swarm holds 1 byte to less than " + max / 1024 + " KiB in a " + kind + "; this one has "
                    + data.length + " bytes");
            return false;
        }
        return true;
    }

    /** Swarm allows at most 64 letters, digits, '-', '_' and '.' in the name of a config or secret. */
    private static String hashedName(Conversion c, String path, String key, byte[] data) {
        String name = c.env().scoped(key) + "-" + SpecHash.ofContent(data).substring(0, NAME_HASH_DIGITS);
        if (name.length() > 64 || !VALID_NAME.matcher(name).matches()) {
            c.fail(path, "Docker Swarm cannot name it " + name + ": use letters, digits, '-', '_' and '.' in the key,"
                    + " at most 64 characters with the environment's name and the content hash");
        }
        return name;
    }

    private static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private static Driver templating(String templateDriver) {
        return templateDriver == null ? null : Driver.named(templateDriver);
    }

    /** A service's configs, sorted by name; a config without a target appears at {@code /<source>}. */
    List<ConfigReference> configReferences(Conversion c, String serviceKey, List<FileReference> refs) {
        List<ConfigReference> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            FileReference ref = refs.get(i);
            String name = configNames.get(ref.source());
            if (name == null) {
                missing(c, "services." + serviceKey + ".configs." + i, "config", ref.source());
                continue;
            }
            out.add(new ConfigReference(target(ref, "/" + ref.source()), null, name));
        }
        out.sort(Comparator.comparing(ConfigReference::configName).thenComparing(r -> r.file().name()));
        return out;
    }

    /** A service's secrets, sorted by name; a secret without a target appears at {@code /run/secrets/<source>}. */
    List<SecretReference> secretReferences(Conversion c, String serviceKey, List<FileReference> refs) {
        List<SecretReference> out = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            FileReference ref = refs.get(i);
            String name = secretNames.get(ref.source());
            if (name == null) {
                missing(c, "services." + serviceKey + ".secrets." + i, "secret", ref.source());
                continue;
            }
            out.add(new SecretReference(target(ref, "/run/secrets/" + ref.source()), null, name));
        }
        out.sort(Comparator.comparing(SecretReference::secretName).thenComparing(r -> r.file().name()));
        return out;
    }

    /** A top-level element that failed to convert was reported already; only an undefined one is reported here. */
    private void missing(Conversion c, String path, String kind, String source) {
        boolean defined = kind.equals("config") ? c.project().configs().containsKey(source)
                : c.project().secrets().containsKey(source);
        if (!defined) {
            c.fail(path, "the " + kind + " \"" + source + "\" is not defined");
        }
    }

    private static FileTarget target(FileReference ref, String defaultTarget) {
        return new FileTarget(ref.target() == null ? defaultTarget : ref.target(), ref.uid() == null ? "0" : ref.uid(),
                ref.gid() == null ? "0" : ref.gid(), ref.mode() == null ? DEFAULT_MODE : ref.mode());
    }
}
