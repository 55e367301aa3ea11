package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManyProblemsTest {

    @Test
    void reportsEveryProblemOfTheFileInFileOrder() {
        assertThat(problems("""
                version: "3.1"
                services:
                  compile:
                    image: maven:3-eclipse-temurin-17
                    volumes:
                      - type: volume
                        source: m2
                        target: /root/.m2
                    comand: mvn package
                  kafka:
                    image: [bitnami/kafka]
                    ports:
                      - "9092-9093:9092-9094"
                    deploy:
                      replicas: two
                      mode: replicated
                      restart_policy:
                        condition: on_failure
                        delay: 5 s
                  db:
                    image: mysql:8
                    healthcheck:
                      test: [CMD, mysqladmin, ping]
                      interval: 10
                    stop_grace_period: 1m
                    environment: MYSQL_ROOT_PASSWORD=secret
                networks:
                  back:
                    driver: overlay
                    ipam:
                      config:
                        - subnet: 10.0.0.0/8/8
                volumes:
                  m2:
                """)).containsExactly(
                "compose.yaml:6:9: services.compile.volumes.0: the long volume syntax needs version \"3.2\" or "
                        + "later; this file declares \"3.1\"",
                "compose.yaml:9:5: services.compile.comand: unknown key \"comand\"; did you mean \"command\"?",
                "compose.yaml:11:12: services.kafka.image: expected a string, found a sequence",
                "compose.yaml:13:9: services.kafka.ports.0: invalid port \"9092-9093:9092-9094\": the host range "
                        + "9092-9093 has 2 ports but the container range 9092-9094 has 3",
                "compose.yaml:15:17: services.kafka.deploy.replicas: expected an integer, found \"two\"",
                "compose.yaml:18:20: services.kafka.deploy.restart_policy.condition: expected \"none\", "
                        + "\"on-failure\" or \"any\", found \"on_failure\"",
                "compose.yaml:19:16: services.kafka.deploy.restart_policy.delay: expected a duration such as "
                        + "\"10s\", \"1m30s\" or \"500ms\", found \"5 s\"",
                "compose.yaml:24:17: services.db.healthcheck.interval: expected a duration such as \"10s\", "
                        + "\"1m30s\" or \"500ms\", found 10",
                "compose.yaml:26:18: services.db.environment: expected a mapping or a sequence, found "
                        + "\"MYSQL_ROOT_PASSWORD=secret\"",
                "compose.yaml:32:19: networks.back.ipam.config.0.subnet: expected a subnet in CIDR notation such as "
                        + "\"10.5.0.0/16\", found \"10.0.0.0/8/8\"");
    }
}
