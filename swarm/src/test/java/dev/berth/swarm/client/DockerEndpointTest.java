package dev.berth.swarm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerEndpointTest {

    @Test
    void defaultsToTheLocalSocket() {
        DockerEndpoint e = DockerEndpoint.from(null, Map.of());
        assertThat(e.host()).hasToString("unix:///var/run/docker.sock");
        assertThat(e.tlsVerify()).isFalse();
    }

    @Test
    void theHostOptionWinsOverDockerHost() {
        DockerEndpoint e = DockerEndpoint.from("unix:///run/node1.sock", Map.of("DOCKER_HOST", "tcp://10.1.2.3:2376"));
        assertThat(e.host()).hasToString("unix:///run/node1.sock");
    }

    @Test
    void readsTlsSettingsLikeTheDockerCli() {
        DockerEndpoint e = DockerEndpoint.from(null, Map.of("DOCKER_HOST", "tcp://manager:2376",
                "DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/etc/berth/certs"));
        assertThat(e.tlsVerify()).isTrue();
        assertThat(e.certPath()).isEqualTo(Path.of("/etc/berth/certs"));
        assertThat(DockerEndpoint.from(null, Map.of("DOCKER_TLS_VERIFY", "1", "HOME", "/home/u")).certPath())
                .isEqualTo(Path.of("/home/u/.docker"));
        assertThat(DockerEndpoint.from(null, Map.of("DOCKER_TLS_VERIFY", "0")).tlsVerify()).isFalse();
    }

    @Test
    void rejectsHostsItCannotReach() {
        assertThatThrownBy(() -> DockerEndpoint.from("ssh://user@host", Map.of()))
                .hasMessage("Docker host \"ssh://user@host\" is not supported: use unix:///path/to/docker.sock or tcp://HOST:PORT");
    }

    @Test
    void aHostThatCannotBeOneIsInvalidInputSaidWithWhatIsExpected() {
        assertThatThrownBy(() -> DockerEndpoint.from("tcp://a b:1", Map.of()))
                .isInstanceOf(DockerEndpoint.InvalidHost.class)
                .hasMessage("Docker host \"tcp://a b:1\" is invalid: Illegal character in authority at index 6;"
                        + " expected unix:///path/to/docker.sock or tcp://HOST:PORT");
        assertThatThrownBy(() -> DockerEndpoint.from("tcp://127.0.0.1:99999", Map.of()))
                .isInstanceOf(DockerEndpoint.InvalidHost.class)
                .hasMessage("Docker host \"tcp://127.0.0.1:99999\" is invalid: expected tcp://HOST:PORT with a port from"
                        + " 1 to 65535");
        assertThatThrownBy(() -> DockerEndpoint.from("foo", Map.of())).isInstanceOf(DockerEndpoint.InvalidHost.class)
                .hasMessageContaining("is not supported");
        assertThatThrownBy(() -> DockerEndpoint.from("unix://", Map.of())).isInstanceOf(DockerEndpoint.InvalidHost.class);
    }

    @Test
    void aTcpHostWithoutPortGetsTheEnginesDefaultPortAsTheDockerCliGivesIt() {
        assertThat(DockerEndpoint.from("tcp://10.0.0.2", Map.of()).host()).hasToString("tcp://10.0.0.2:2375");
        assertThat(DockerEndpoint.from("tcp://10.0.0.2", Map.of("DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/c"))
                .host()).hasToString("tcp://10.0.0.2:2376");
    }
}
