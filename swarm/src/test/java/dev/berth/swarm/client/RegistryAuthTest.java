package dev.berth.swarm.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RegistryAuthTest {

    @Test
    void theHeaderIsBase64UrlOfTheJsonTheEngineReads() throws Exception {
        String header = new RegistryAuth("ci", "p\"a\\s/s?~", "reg:5000").header();
        assertThat(header).doesNotContain("+", "/");
        JsonNode json = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(header));
        assertThat(json.path("username").asText()).isEqualTo("ci");
        assertThat(json.path("password").asText()).isEqualTo("p\"a\\s/s?~");
        assertThat(json.path("serveraddress").asText()).isEqualTo("reg:5000");
    }

    @Test
    void anIdentityTokenGoesInItsOwnField() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(
                new RegistryAuth("", "", "reg:5000", "refresh-1").header()));
        assertThat(json.path("identitytoken").asText()).isEqualTo("refresh-1");
        assertThat(new ObjectMapper().readTree(Base64.getUrlDecoder().decode(
                new RegistryAuth("ci", "pw", "reg:5000").header())).has("identitytoken")).isFalse();
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new RegistryAuth("ci", "s3cret", "reg:5000").toString()).doesNotContain("s3cret");
    }
}
