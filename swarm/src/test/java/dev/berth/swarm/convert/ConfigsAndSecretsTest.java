package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.ConfigReference;
import dev.berth.swarm.spec.ConfigSpec;
import dev.berth.swarm.spec.ContainerSpec;
import dev.berth.swarm.spec.Driver;
import dev.berth.swarm.spec.FileTarget;
import dev.berth.swarm.spec.SecretReference;
import dev.berth.swarm.spec.SecretSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigsAndSecretsTest {

    private static final String PROJECT = """
            services:
              app:
                image: app:1
                configs:
                  - app_conf
                  - source: inline
                    target: /etc/app/inline.properties
                    uid: "1000"
                    gid: "1001"
                    mode: 0640
                secrets: [token, api_key]
            configs:
              app_conf:
                file: /srv/app.conf
              inline:
                content: "a=1"
            secrets:
              token:
                environment: APP_TOKEN
              api_key:
                external: true
                name: company-api-key
            """;

    private static ConvertOptions options(String appConf) {
        return new ConvertOptions(true, Map.of(), Projects.files(Map.of("/srv/app.conf", appConf)), Map.of("APP_TOKEN", "t0k3n"),
                "alice", null);
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    @Test
    void namesEachAfterTheEnvironmentAndItsContent() {
        Stack stack = Projects.convert(PROJECT, options("port=80\n"));

        assertThat(stack.configs()).extracting(ConfigSpec::name)
                .containsExactly("shop-alice_app_conf-8ac56ba2b1", "shop-alice_inline-c22fea5d74");
        assertThat(stack.secrets()).extracting(SecretSpec::name).containsExactly("shop-alice_token-b81c829ac5");
    }

    @Test
    void takesTheContentFromAFileAVariableOrInline() {
        Stack stack = Projects.convert(PROJECT, options("port=80\n"));

        assertThat(stack.configs()).extracting(c -> decode(c.data())).containsExactly("port=80\n", "a=1");
        assertThat(decode(stack.secrets().get(0).data())).isEqualTo("t0k3n");
    }

    @Test
    void givesNewContentANewName() {
        String before = Projects.convert(PROJECT, options("port=80\n")).configs().get(0).name();
        String after = Projects.convert(PROJECT, options("port=81\n")).configs().get(0).name();

        assertThat(after).startsWith("shop-alice_app_conf-").isNotEqualTo(before);
    }

    @Test
    void refersToThemByNameWithTheDefaultTargetsOwnersAndMode() {
        Stack stack = Projects.convert(PROJECT, options("port=80\n"));
        ContainerSpec app = stack.services().get("app").taskTemplate().containerSpec();

        assertThat(app.configs()).containsExactly(
                new ConfigReference(new FileTarget("/app_conf", "0", "0", 0444L), null, "shop-alice_app_conf-8ac56ba2b1"),
                new ConfigReference(new FileTarget("/etc/app/inline.properties", "1000", "1001", 0640L), null,
                        "shop-alice_inline-c22fea5d74"));
        assertThat(app.secrets()).containsExactly(
                new SecretReference(new FileTarget("/run/secrets/api_key", "0", "0", 0444L), null, "company-api-key"),
                new SecretReference(new FileTarget("/run/secrets/token", "0", "0", 0444L), null, "shop-alice_token-b81c829ac5"));
    }

    @Test
    void createsNoExternalOnes() {
        assertThat(Projects.convert(PROJECT, options("x")).secrets()).extracting(SecretSpec::name)
                .noneMatch(name -> name.contains("api_key"));
    }

    @Test
    void reportsEveryContentItCannotGet() {
        ConvertOptions nothing = new ConvertOptions(true, Map.of(), Projects.files(Map.of()), Map.of(), "alice", null);

        assertThat(Projects.problems(PROJECT, nothing)).containsExactly(
                "configs.app_conf.file: cannot read /srv/app.conf: no such file",
                "secrets.token.environment: the variable APP_TOKEN is not set");
    }

    @Test
    void refusesContentSwarmCannotHold() {
        ConvertOptions empty = new ConvertOptions(true, Map.of(), Projects.files(Map.of("/srv/app.conf", "")),
                Map.of("APP_TOKEN", "x".repeat(500 * 1024)), "alice", null);

        assertThat(Projects.problems(PROJECT, empty)).containsExactly(
                "configs.app_conf: Docker Swarm holds 1 byte to less than 1000 KiB in a config; this one has 0 bytes",
                "secrets.token: Docker Swarm holds 1 byte to less than 500 KiB in a secret; this one has 512000 bytes");
    }

    @Test
    void letsADriverFetchASecretAndATemplateDriverRenderIt() {
        SecretSpec secret = Projects.convert("""
                services:
                  app:
                    image: app:1
                    secrets: [vault]
                secrets:
                  vault:
                    driver: vault-driver
                    driver_opts: {path: kv/app}
                    template_driver: golang
                """).secrets().get(0);

        assertThat(secret.data()).isNull();
        assertThat(secret.driver()).isEqualTo(new Driver("vault-driver", Map.of("path", "kv/app")));
        assertThat(secret.templating()).isEqualTo(Driver.named("golang"));
        assertThat(secret.name()).matches("shop-alice_vault-[0-9a-f]{10}");
    }

    @Test
    void namesOneWithAnExplicitNameAfterTheEnvironmentAllTheSame() {
        Stack stack = Projects.convert("""
                services:
                  app:
                    image: app:1
                configs:
                  conf:
                    name: shared-conf
                    content: hello
                """);

        assertThat(stack.configs()).extracting(ConfigSpec::name).containsExactly("shop-alice_conf-2cf24dba5f");
        assertThat(stack.warnings()).containsExactly("configs.conf.name: Berth names it after the environment and its"
                + " content, not \"shared-conf\", so that copies of the project never share it");
    }

    @Test
    void warnsThatConfigsHaveNoDrivers() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                configs:
                  conf:
                    content: x
                    driver: some-driver
                """)).containsExactly("configs.conf.driver: Engine API 1.41 has no config drivers; ignored");
    }
}
