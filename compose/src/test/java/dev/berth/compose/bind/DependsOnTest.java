package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.compose.model.Dependency;
import org.junit.jupiter.api.Test;

class DependsOnTest {

    @Test
    void turnsAListIntoStartedAndRequiredDependencies() {
        var web = Binding.service("""
                services:
                  web: {image: nginx, depends_on: [db, cache]}
                  db: {image: postgres}
                  cache: {image: redis}
                """, "web");
        assertThat(web.dependsOn()).containsOnly(
                entry("db", new Dependency("service_started", true, false, null)),
                entry("cache", new Dependency("service_started", true, false, null)));
    }

    @Test
    void fillsTheDefaultsOfTheLongSyntax() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_healthy, restart: true}
                      init: {required: false}
                      cache:
                  db: {image: postgres}
                  init: {image: busybox}
                  cache: {image: redis}
                """, "web");
        assertThat(web.dependsOn()).containsOnly(
                entry("db", new Dependency("service_healthy", true, true, null)),
                entry("init", new Dependency("service_started", false, false, null)),
                entry("cache", new Dependency("service_started", true, false, null)));
    }

    @Test
    void addsTheDependenciesThatLinksNamespacesAndVolumesFromImply() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    links: ["db:database"]
                    network_mode: "service:proxy"
                    volumes_from: ["data:ro", "container:legacy"]
                    depends_on:
                      db: {condition: service_healthy}
                  db: {image: postgres}
                  proxy: {image: envoy}
                  data: {image: busybox}
                """, "web");
        assertThat(web.dependsOn()).containsOnly(
                entry("db", new Dependency("service_healthy", true, false, null)),
                entry("proxy", new Dependency("service_started", true, true, null)),
                entry("data", new Dependency("service_started", true, false, null)));
        assertThat(web.otherKeys()).containsKeys("links", "network_mode", "volumes_from");
    }

    @Test
    void dropsExtendsThatTheLoaderAlreadyApplied() {
        var web = Binding.service("""
                services:
                  base: {image: nginx}
                  web: {image: nginx, extends: base}
                """, "web");
        assertThat(web.otherKeys()).doesNotContainKey("extends");
    }
}
