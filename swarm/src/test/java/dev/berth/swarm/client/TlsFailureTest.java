package dev.berth.swarm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsFailureTest {

    @TempDir
    Path tmp;

    DockerEndpoint tls(Path certs) {
        return new DockerEndpoint(URI.create("tcp://10.0.0.2:2376"), true, certs);
    }

    @Test
    void aMissingCertDirectoryIsNamed() {
        Path nowhere = tmp.resolve("nowhere");
        assertThatThrownBy(() -> DockerConnection.open(tls(nowhere))).isInstanceOf(IllegalStateException.class)
                .hasMessage("TLS to the Docker engine at tcp://10.0.0.2:2376 needs the directory " + nowhere
                        + " (DOCKER_CERT_PATH, or cert-path of a cluster.nodes entry) to hold ca.pem, cert.pem and"
                        + " key.pem; it does not exist");
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        Files.writeString(tmp.resolve("cert.pem"), "x");
        assertThatThrownBy(() -> DockerConnection.open(tls(tmp)))
                .hasMessageEndingWith("; missing or unreadable: " + tmp.resolve("ca.pem") + ", " + tmp.resolve("key.pem"));
    }

    @Test
    void withoutTlsNoFilesAreNeeded() {
        DockerEndpoint plain = new DockerEndpoint(URI.create("tcp://10.0.0.2:2375"), false, null);
        DockerConnection.open(plain);
        assertThat(TlsFailure.explain(plain, new SSLHandshakeException("PKIX path building failed"))).isNull();
    }

    @Test
    void anEngineCertificateOfAnotherCaPointsAtCaPem() {
        SSLHandshakeException e = new SSLHandshakeException("PKIX path building failed");
        e.initCause(new CertPathBuilderException("unable to find valid certification path to requested target"));
        EngineUnreachableException failure = new EngineUnreachableException(tls(tmp), e);
        assertThat(failure).hasMessage("the TLS handshake with the Docker engine at tcp://10.0.0.2:2376 (TLS) failed:"
                + " the engine's certificate is not signed by the CA in " + tmp.resolve("ca.pem"));
        assertThat(failure.reason()).isEqualTo("TLS: the engine's certificate is not signed by the CA in "
                + tmp.resolve("ca.pem"));
    }

    @Test
    void aCertificateForAnotherAddressSaysSo() {
        SSLHandshakeException e = new SSLHandshakeException("No subject alternative names matching IP address 10.0.0.2 found");
        e.initCause(new CertificateException("No subject alternative names matching IP address 10.0.0.2 found"));
        assertThat(TlsFailure.explain(tls(tmp), e)).startsWith("the engine's certificate does not name 10.0.0.2");
    }

    @Test
    void aRefusedClientCertificateIsNamed() {
        assertThat(TlsFailure.explain(tls(tmp), new SSLHandshakeException("Received fatal alert: bad_certificate")))
                .isEqualTo("the engine refused the client certificate " + tmp.resolve("cert.pem")
                        + " (Received fatal alert: bad_certificate): it is not signed by a CA the engine trusts"
                        + " (its --tlscacert)");
    }

    @Test
    void aConnectionClosedInsideTlsIsReadAsARefusedClientCertificate() {
        SocketException e = new SocketException("Broken pipe");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("sun.security.ssl.SSLSocketOutputRecord", "deliver", null, 1)});
        assertThat(TlsFailure.explain(tls(tmp), new RuntimeException(e))).contains("(Broken pipe)",
                "refused the client certificate " + tmp.resolve("cert.pem"));
    }

    @Test
    void anEngineThatIsNotThereIsNoTlsFailure() {
        EngineUnreachableException failure = new EngineUnreachableException(tls(tmp), new SocketException("Connection refused"));
        assertThat(failure.getMessage()).startsWith("cannot reach the Docker engine at tcp://10.0.0.2:2376 (TLS)"
                + " (Connection refused); is it running?");
        assertThat(failure.reason()).isEqualTo("Connection refused");
    }
}
