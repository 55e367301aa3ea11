package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.plan.Resource;
import dev.berth.swarm.spec.ConfigSpec;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.SecretSpec;
import dev.berth.swarm.spec.ServiceSpec;
import dev.berth.swarm.spec.SpecJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Swarm specs of a project that uses every part of the model, against a golden file.
 * Regenerate on purpose with {@code -Dberth.golden.update=true}, then read the diff.
 */
class GoldenStackTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final Path COMPOSE = DIR.resolve("shop.compose.yaml");
    private static final Path GOLDEN = DIR.resolve("shop.stack.json");

    /** The golden file's shape: the stack with each resource's hash instead of its flattened fields. */
    record GoldenStack(
            List<NetworkCreate> networks,
            List<ConfigSpec> configs,
            List<SecretSpec> secrets,
            Map<String, ServiceSpec> services,
            List<String> warnings,
            Map<String, String> specHashes) {

        static GoldenStack of(Stack stack) {
            Map<String, String> hashes = new TreeMap<>();
            for (Resource r : stack.resources()) {
                hashes.put(r.kind().word() + " " + r.name(), r.specHash());
            }
            return new GoldenStack(stack.networks(), stack.configs(), stack.secrets(), stack.services(), stack.warnings(), hashes);
        }
    }

    static ConvertOptions options() {
        return new ConvertOptions(
                true,
                Map.of("front", "10.20.1.0/24", "default", "10.20.2.0/24", "back", "10.20.3.0/24"),
                Projects.files(Map.of("./site.conf", "server { listen 8080; }\n", "./db_password.txt", "s3cret\n")),
                Map.of("TLS_KEY", "-----BEGIN PRIVATE KEY-----\n"),
                "alice",
                "2026-12-31T18:00:00Z")
                .withDefaults(new dev.berth.engine.config.AdmissionSettings(
                        dev.berth.engine.config.AdmissionSettings.DEFAULT_RESERVATION,
                        dev.berth.engine.config.AdmissionSettings.DEFAULT_LIMIT));
    }

    private static Stack convert() throws IOException {
        return StackConverter.convert(Projects.load(Files.readString(COMPOSE)), Projects.ENV, options());
    }

    @Test
    void convertsTheShopProjectToTheGoldenStack() throws IOException {
        String actual = SpecJson.pretty(GoldenStack.of(convert()));
        if (Boolean.getBoolean("berth.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void readsTheGoldenFileBackToTheSameSpecs() throws IOException {
        GoldenStack golden = SpecJson.read(Files.readString(GOLDEN, StandardCharsets.UTF_8), GoldenStack.class);

        assertThat(golden).isEqualTo(GoldenStack.of(convert()));
    }

    @Test
    void convertsTheSameProjectToTheSameBytesEveryTime() throws IOException {
        Stack first = convert();
        Stack second = convert();

        assertThat(SpecJson.pretty(GoldenStack.of(second))).isEqualTo(SpecJson.pretty(GoldenStack.of(first)));
        assertThat(second.resources()).isEqualTo(first.resources());
    }
}
