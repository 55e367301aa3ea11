package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

    @Test
    void reportsAnUndefinedNetworkAtTheReference() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    networks:
                      backend: {}
                """)).containsExactly("compose.yaml:5:7: services.web.networks.backend: network \"backend\" is not"
                + " defined in the top-level networks");
    }

    @Test
    void reportsEveryUndefinedReferenceAtOnce() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    networks: [front]
                    volumes:
                      - data:/data
                      - {type: volume, source: logs, target: /logs}
                      - ./local:/local
                    configs: [site]
                    secrets:
                      - source: token
                    depends_on: [db]
                    links: ["cache:c"]
                    volumes_from: [store]
                  side:
                    image: busybox
                    network_mode: "service:proxy"
                    depends_on:
                      queue: {condition: service_healthy}
                    build:
                      context: .
                      secrets: [npmrc]
                """)).containsExactly(
                "compose.yaml:4:16: services.web.networks.0: network \"front\" is not defined in the top-level networks",
                "compose.yaml:6:9: services.web.volumes.0: volume \"data\" is not defined in the top-level volumes",
                "compose.yaml:7:32: services.web.volumes.1.source: volume \"logs\" is not defined in the top-level volumes",
                "compose.yaml:9:15: services.web.configs.0: config \"site\" is not defined in the top-level configs",
                "compose.yaml:11:17: services.web.secrets.0.source: secret \"token\" is not defined in the top-level secrets",
                "compose.yaml:12:18: services.web.depends_on.0: service \"db\" is not defined in the top-level services",
                "compose.yaml:13:13: services.web.links.0: service \"cache\" is not defined in the top-level services",
                "compose.yaml:14:20: services.web.volumes_from.0: service \"store\" is not defined in the top-level services",
                "compose.yaml:17:19: services.side.network_mode: service \"proxy\" is not defined in the top-level services",
                "compose.yaml:19:7: services.side.depends_on.queue: service \"queue\" is not defined in the top-level services",
                "compose.yaml:22:17: services.side.build.secrets.0: secret \"npmrc\" is not defined in the top-level secrets");
    }

    @Test
    void acceptsTheImplicitDefaultNetworkByName() {
        assertThat(Binding.bind("services:\n  web: {image: nginx, networks: [default]}\n").networks()).containsOnlyKeys("default");
    }

    @Test
    void acceptsReferencesToDefinedElements() {
        var p = Binding.bind("""
                services:
                  web:
                    image: nginx
                    networks: [back]
                    volumes: [data:/data]
                    configs: [site]
                    secrets: [token]
                    depends_on: [db]
                  db: {image: postgres}
                networks: {back: {}}
                volumes: {data: {}}
                configs: {site: {file: /site.conf}}
                secrets: {token: {file: /token}}
                """);
        assertThat(p.services()).containsOnlyKeys("web", "db");
    }
}
