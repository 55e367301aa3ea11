package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtensionTest {

    @Test
    void acceptsExtensionKeysWithAnyValueWhereverTheSpecificationAllowsThem() {
        assertThat(problems("""
                x-common: &common
                  restart: always
                  labels: [a=b]
                x-list: [1, 2, {three: 3}]
                services:
                  web:
                    <<: *common
                    image: nginx
                    x-owner: {team: shop}
                    build:
                      context: .
                      x-cache: warm
                    deploy:
                      x-note: spread
                      resources:
                        limits:
                          x-why: measured
                      update_config:
                        x-how: slowly
                    healthcheck:
                      test: [CMD, curl, -f, http://localhost]
                      x-flaky: true
                    logging:
                      driver: json-file
                      x-retention: 7d
                    ports:
                      - target: 80
                        x-public: true
                    volumes:
                      - type: bind
                        source: ./src
                        target: /src
                        x-sync: true
                        bind:
                          x-mode: fast
                    networks:
                      back:
                        x-weight: 1
                networks:
                  back:
                    x-zone: eu
                    ipam:
                      x-pool: main
                      config:
                        - subnet: 10.5.0.0/16
                          x-reserved: true
                volumes:
                  data:
                    x-backup: nightly
                configs:
                  app:
                    file: ./app.conf
                    x-format: ini
                secrets:
                  token:
                    file: ./token
                    x-rotate: monthly
                """)).isEmpty();
    }

    @Test
    void rejectsExtensionKeysInObjectsTheSpecificationClosesToThem() {
        assertThat(problems("""
                include:
                  - path: ./infra.yaml
                    x-why: shared
                services:
                  web:
                    image: nginx
                    blkio_config:
                      weight: 300
                      x-disk: ssd
                    extends:
                      service: base
                      x-from: parent
                    env_file:
                      - path: ./web.env
                        x-secret: true
                """)).containsExactly(
                "compose.yaml:3:5: include.0.x-why: unknown key \"x-why\"",
                "compose.yaml:9:7: services.web.blkio_config.x-disk: unknown key \"x-disk\"",
                "compose.yaml:12:7: services.web.extends.x-from: unknown key \"x-from\"",
                "compose.yaml:15:9: services.web.env_file.0.x-secret: unknown key \"x-secret\"");
    }

    @Test
    void treatsAnXNamedEntryUnderServicesAsAServiceLikeCompose() {
        assertThat(problems("""
                services:
                  x-base:
                    imagee: base
                """)).containsExactly(
                "compose.yaml:3:5: services.x-base.imagee: unknown key \"imagee\"; did you mean \"image\"?");
    }
}
