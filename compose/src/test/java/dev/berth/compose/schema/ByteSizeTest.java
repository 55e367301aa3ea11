package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    private static String withMemoryLimit(String value) {
        return """
                services:
                  web:
                    image: nginx
                    mem_limit: %s
                """.formatted(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"512m", "1g", "2gb", "1024", "\"1024\"", "100k", "1024kb", "2b", "1.5g", "1GiB", "300M",
        "\"1 g\""})
    void acceptsByteSizesAsDockerReadsThem(String value) {
        assertThat(problems(withMemoryLimit(value))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lots       | \"lots\"",
        "12 parsecs | \"12 parsecs\"",
        "1x         | \"1x\"",
        "-5m        | \"-5m\"",
        "-1         | -1",
        "g          | \"g\""})
    void reportsWhatIsNoByteSize(String value, String shown) {
        assertThat(problems(withMemoryLimit(value))).containsExactly("compose.yaml:4:16: services.web.mem_limit: "
                + "expected a byte size such as \"512m\", \"1g\" or 1024, found " + shown);
    }

    @Test
    void acceptsMinusOneAsUnlimitedSwapOnly() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    memswap_limit: -1
                """)).isEmpty();
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    memswap_limit: -2
                """)).containsExactly("compose.yaml:4:20: services.web.memswap_limit: expected a byte size such as "
                + "\"512m\", \"1g\" or 1024, or -1 for no limit, found -2");
    }

    @Test
    void checksEveryByteSizeOfAService() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    shm_size: 64mb
                    mem_reservation: half
                    build:
                      context: .
                      shm_size: 2 gigs
                    deploy:
                      resources:
                        limits:
                          memory: 1g
                        reservations:
                          memory: some
                    volumes:
                      - type: tmpfs
                        target: /cache
                        tmpfs:
                          size: 10 megs
                    blkio_config:
                      device_read_bps:
                        - path: /dev/sda
                          rate: 12mb
                      device_write_bps:
                        - path: /dev/sda
                          rate: fast
                """)).containsExactly(
                "compose.yaml:5:22: services.web.mem_reservation: expected a byte size such as \"512m\", \"1g\" or "
                        + "1024, found \"half\"",
                "compose.yaml:8:17: services.web.build.shm_size: expected a byte size such as \"512m\", \"1g\" or "
                        + "1024, found \"2 gigs\"",
                "compose.yaml:14:19: services.web.deploy.resources.reservations.memory: expected a byte size such "
                        + "as \"512m\", \"1g\" or 1024, found \"some\"",
                "compose.yaml:19:17: services.web.volumes.0.tmpfs.size: expected a byte size such as \"512m\", "
                        + "\"1g\" or 1024, found \"10 megs\"",
                "compose.yaml:26:17: services.web.blkio_config.device_write_bps.0.rate: expected a byte size such "
                        + "as \"512m\", \"1g\" or 1024, found \"fast\"");
    }
}
