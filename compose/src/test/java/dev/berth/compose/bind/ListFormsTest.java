package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.compose.model.EnvFile;
import dev.berth.compose.model.Ulimit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list spellings of mappings become maps; both spellings bind alike. */
class ListFormsTest {

    @Test
    void turnsAnEnvironmentListIntoAMapKeepingVariablesWithoutValueNull() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    environment: ["A=1", "B=", "C", "D=x=y"]
                """, "web");
        assertThat(web.environment()).containsExactly(entry("A", "1"), entry("B", ""), entry("C", null), entry("D", "x=y"));
    }

    @Test
    void keepsANullEnvironmentValueOfTheMapForm() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    environment: {A: 1, B: true, C: null, D: ""}
                """, "web");
        assertThat(web.environment()).containsExactly(entry("A", "1"), entry("B", "true"), entry("C", null), entry("D", ""));
    }

    @Test
    void turnsALabelWithoutValueIntoAnEmptyString() {
        var web = Binding.service("""
                services:
                  web: {image: nginx, labels: ["a=1", "b"]}
                """, "web");
        assertThat(web.labels()).containsOnly(entry("a", "1"), entry("b", ""));
    }

    @Test
    void turnsSysctlsListIntoAMap() {
        var web = Binding.service("""
                services:
                  web: {image: nginx, sysctls: ["net.core.somaxconn=1024"]}
                """, "web");
        assertThat(web.sysctls()).containsOnly(entry("net.core.somaxconn", "1024"));
    }

    @Test
    void turnsExtraHostsOfEitherSeparatorIntoAMapOfAddresses() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    extra_hosts: ["db=10.0.0.2", "gw:10.0.0.1", "v6=[::1]", "multi=10.0.0.3,10.0.0.4"]
                """, "web");
        assertThat(web.extraHosts()).containsOnly(entry("db", List.of("10.0.0.2")), entry("gw", List.of("10.0.0.1")),
                entry("v6", List.of("::1")), entry("multi", List.of("10.0.0.3", "10.0.0.4")));
    }

    @Test
    void readsUlimitsAsSoftAndHard() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    ulimits:
                      nproc: 65535
                      nofile: {soft: 20000, hard: 40000}
                """, "web");
        assertThat(web.ulimits()).containsOnly(entry("nproc", new Ulimit(65535, 65535, null)),
                entry("nofile", new Ulimit(20000, 40000, null)));
    }

    @Test
    void turnsEnvFilesIntoRequiredEntries() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    env_file: [/app/a.env, {path: /app/b.env, required: false}]
                """, "web");
        assertThat(web.envFiles()).containsExactly(new EnvFile("/app/a.env", true, null),
                new EnvFile("/app/b.env", false, null));
    }

    @Test
    void turnsAServiceNetworkListIntoAMap() {
        var web = Binding.service("""
                services:
                  web: {image: nginx, networks: [front, back]}
                networks: {front: {}, back: {}}
                """, "web");
        assertThat(web.networks()).containsOnlyKeys("front", "back");
        assertThat(web.networks().get("front").isEmpty()).isTrue();
    }

    @Test
    void reportsAListItemWithoutAKey() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    environment: ["=1"]
                """)).containsExactly("compose.yaml:4:19: services.web.environment.0: expected key=value, found \"=1\"");
    }
}
