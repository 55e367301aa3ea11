package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.ContainerSpec;
import dev.berth.swarm.spec.DnsConfig;
import dev.berth.swarm.spec.HealthConfig;
import dev.berth.swarm.spec.SpecJson;
import dev.berth.swarm.spec.Ulimit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {

    @Test
    void takesEntrypointAsCommandAndCommandAsArgs() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    entrypoint: /bin/run
                    command: serve --port 80
                """, "app");

        assertThat(c.command()).containsExactly("/bin/run");
        assertThat(c.args()).containsExactly("serve", "--port", "80");
    }

    @Test
    void warnsThatAnEmptyEntrypointCannotClearTheImagesOwn() {
        Stack stack = Projects.convert("""
                services:
                  app:
                    image: app:1
                    entrypoint: []
                """);

        assertThat(stack.services().get("app").taskTemplate().containerSpec().command()).isNull();
        assertThat(stack.warnings()).containsExactly("services.app.entrypoint: Docker Swarm cannot clear the image's"
                + " entrypoint; the image's own is used");
    }

    @Test
    void sortsTheEnvironmentAndLeavesOutVariablesWithoutValue() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    environment:
                      B: "2"
                      A0: x
                      A: ""
                      UNSET:
                """, "app");

        assertThat(c.env()).containsExactly("A0=x", "A=", "B=2");
    }

    @Test
    void writesExtraHostsAsHostsFileLines() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    extra_hosts:
                      - "db=10.0.0.5,10.0.0.6"
                      - "cache:10.0.0.7"
                """, "app");

        assertThat(c.hosts()).containsExactly("10.0.0.7 cache", "10.0.0.5 db", "10.0.0.6 db");
    }

    @Test
    void writesHealthcheckDurationsInNanoseconds() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    healthcheck:
                      test: curl -f http://localhost/
                      interval: 1m30s
                      timeout: 500ms
                      start_period: 5s
                      retries: 4
                """, "app");

        assertThat(c.healthCheck()).isEqualTo(new HealthConfig(List.of("CMD-SHELL", "curl -f http://localhost/"),
                90_000_000_000L, 500_000_000L, 4L, 5_000_000_000L));
    }

    @Test
    void switchesTheImagesHealthcheckOffWithNone() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    healthcheck:
                      disable: true
                """, "app");

        assertThat(SpecJson.write(c.healthCheck())).isEqualTo("{\"Test\":[\"NONE\"]}");
    }

    @Test
    void warnsThatTheEngineHasNoHealthcheckStartInterval() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                    healthcheck:
                      test: [CMD, check]
                      start_interval: 1s
                """)).containsExactly("services.app.healthcheck.start_interval: Engine API 1.41 has no start interval;"
                + " ignored");
    }

    @Test
    void settlesCapabilitiesAsTheDockerCliDoes() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    cap_add: [net_admin, CAP_SYS_TIME, " chown "]
                    cap_drop: [CHOWN, mknod]
                """, "app");

        assertThat(c.capabilityAdd()).containsExactly("CAP_CHOWN", "CAP_NET_ADMIN", "CAP_SYS_TIME");
        assertThat(c.capabilityDrop()).containsExactly("CAP_MKNOD");
    }

    @Test
    void letsAllStandAloneAmongCapabilities() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    cap_add: [NET_ADMIN, ALL]
                    cap_drop: [all]
                """, "app");

        assertThat(c.capabilityAdd()).containsExactly("ALL");
        assertThat(c.capabilityDrop()).isNull();
    }

    @Test
    void setsSysctlsUlimitsInitAndGroups() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    sysctls: [net.ipv4.ip_forward=1]
                    ulimits:
                      nproc: 65535
                      nofile: {soft: 20000, hard: 40000}
                    init: false
                    group_add: [mail, 42]
                """, "app");

        assertThat(c.sysctls()).isEqualTo(Map.of("net.ipv4.ip_forward", "1"));
        assertThat(c.ulimits()).containsExactly(new Ulimit("nofile", 20000L, 40000L), new Ulimit("nproc", 65535L, 65535L));
        assertThat(c.init()).isFalse();
        assertThat(c.groups()).containsExactly("mail", "42");
    }

    @Test
    void setsTheResolverConfiguration() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    dns: [1.1.1.1, 8.8.8.8]
                    dns_search: example.com
                    dns_opt: [use-vc]
                """, "app");

        assertThat(c.dnsConfig()).isEqualTo(new DnsConfig(List.of("1.1.1.1", "8.8.8.8"), List.of("example.com"),
                List.of("use-vc")));
    }

    @Test
    void takesTheSimpleSettingsAsTheyAre() {
        ContainerSpec c = Projects.container("""
                services:
                  app:
                    image: app:1
                    hostname: app1
                    working_dir: /srv
                    user: "1000:1000"
                    stop_signal: SIGINT
                    stop_grace_period: 1m
                    read_only: true
                    tty: true
                """, "app");

        assertThat(c.hostname()).isEqualTo("app1");
        assertThat(c.dir()).isEqualTo("/srv");
        assertThat(c.user()).isEqualTo("1000:1000");
        assertThat(c.stopSignal()).isEqualTo("SIGINT");
        assertThat(c.stopGracePeriod()).isEqualTo(60_000_000_000L);
        assertThat(c.readOnly()).isTrue();
        assertThat(c.tty()).isTrue();
        assertThat(c.openStdin()).as("false is left out").isNull();
    }
}
