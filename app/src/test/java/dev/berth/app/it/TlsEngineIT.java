package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Berth reaches engines over tcp with mutual TLS: the bare engines' TLS listeners
 * ({@code scripts/cluster --instance bare up … --tls}), with the client files of
 * {@code BERTH_BARE_CERT_PATH}, through DOCKER_TLS_VERIFY / DOCKER_CERT_PATH and through
 * {@code cluster.nodes} entries with tls-verify and cert-path.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TlsEngineIT {

    static BareEngines bare;
    static List<String> tls;
    static Path certs;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void outOfAnySwarm() {
        String nodes = System.getenv("BERTH_BARE_TLS_NODES");
        if (nodes == null) {
            throw new IllegalStateException("the bare test engines have no TLS listeners: start them with"
                    + " 'scripts/cluster --instance bare up --nodes 3 --no-swarm --tls' and export what"
                    + " 'scripts/cluster --instance bare env' prints (scripts/test does both)");
        }
        tls = List.of(nodes.split(","));
        certs = Path.of(System.getenv("BERTH_BARE_CERT_PATH"));
        bare = new BareEngines();
        bare.leaveAll();
    }

    @AfterAll
    static void leaveSoTheEnginesCanBeUsedAgain() {
        try {
            for (int k = tls.size(); k >= 1; k--) { // cluster leave over TLS as well
                TestSwarm.Run run = bare.berth(tlsEnv(certs), "cluster", "leave", "--force", "-H", tls.get(k - 1));
                assertThat(run.code()).as(run.all()).isZero();
                assertThat(bare.engine(k).info().localNodeState()).isEqualTo("inactive");
            }
        } finally {
            try {
                bare.leaveAll();
            } finally {
                bare.close();
            }
        }
    }

    static Map<String, String> tlsEnv(Path certPath) {
        return Map.of("DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", certPath.toString());
    }

    @Test
    @Order(1)
    void aSwarmIsFormedAndListedOverTls() throws IOException {
        String addr1 = bare.addresses.get(0);
        TestSwarm.Run init = bare.berth(tlsEnv(certs), "cluster", "init", "-H", tls.get(0), "--advertise-addr", addr1);
        assertThat(init.code()).as(init.all()).isZero();
        assertThat(init.out()).contains("Swarm initialised on " + tls.get(0) + " (TLS)");
        Matcher join = Pattern.compile("berth cluster join --token (\\S+) (\\S+)").matcher(init.out());
        assertThat(join.find()).as(init.out()).isTrue();
        TestSwarm.Run joined = bare.berth(tlsEnv(certs), "cluster", "join", "-H", tls.get(1),
                "--token", join.group(1), join.group(2));
        assertThat(joined.code()).as(joined.all()).isZero();

        // The manager through DOCKER_TLS_VERIFY / DOCKER_CERT_PATH, node3 through BERTH_NODE_HOSTS.
        Map<String, String> env = new java.util.HashMap<>(tlsEnv(certs));
        env.put("BERTH_NODE_HOSTS", tls.get(2));
        TestSwarm.Run nodes = bare.berth(env, "cluster", "nodes", "-H", tls.get(0), "--format", "json");
        assertThat(nodes.code()).as(nodes.all()).isZero();
        JsonNode rows = new ObjectMapper().readTree(nodes.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("hostname").asText()).isEqualTo("berth-bare1");
        assertThat(rows.get(0).path("engine").asText()).isEqualTo("yes");
        assertThat(rows.get(0).path("endpoint").asText()).isEqualTo(tls.get(0) + " (TLS)");
        assertThat(rows.get(0).path("engineVersion").asText()).isNotEmpty();
        assertThat(rows.get(1).path("hostname").asText()).isEqualTo("berth-bare2");
        assertThat(nodes.err()).contains("note: the engine at " + tls.get(2) + " (TLS) is in no swarm");

        // node2's engine through a cluster.nodes entry of the configuration file, no TLS variables.
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, "cluster:\n  nodes:\n    - {name: berth-bare2, host: " + tls.get(1)
                + ", tls-verify: true, cert-path: " + certs + "}\n");
        TestSwarm.Run configured = bare.berth("cluster", "nodes", "-H", bare.host(1), "--config", config.toString());
        assertThat(configured.code()).as(configured.all()).isZero();
        String row2 = configured.out().lines().filter(l -> l.contains("berth-bare2")).findFirst().orElseThrow();
        assertThat(row2).endsWith("yes");
    }

    static Path otherCa() {
        Path other = tmp.resolve("other-ca");
        if (!Files.exists(other.resolve("ca.pem"))) {
            BareEngines.sh("mkdir", "-p", other.toString());
            BareEngines.sh("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=another CA", "-keyout", other.resolve("ca-key.pem").toString(),
                    "-out", other.resolve("ca.pem").toString());
        }
        return other;
    }

    @Test
    @Order(2)
    void anEngineSignedByAnotherCaIsNotTrusted() throws IOException {
        Path dir = tmp.resolve("wrong-ca");
        Files.createDirectories(dir);
        Files.copy(otherCa().resolve("ca.pem"), dir.resolve("ca.pem"));
        Files.copy(certs.resolve("cert.pem"), dir.resolve("cert.pem"));
        Files.copy(certs.resolve("key.pem"), dir.resolve("key.pem"));
        TestSwarm.Run run = bare.berth(tlsEnv(dir), "cluster", "nodes", "-H", tls.get(0));
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("berth: the TLS handshake with the Docker engine at " + tls.get(0)
                + " (TLS) failed: the engine's certificate is not signed by the CA in " + dir.resolve("ca.pem") + "\n");

        // The same mistake for a node's engine: the node is listed, its engine "no", and a note says why.
        Path config = tmp.resolve("wrong-ca.yaml");
        Files.writeString(config, "cluster:\n  nodes:\n    - {name: berth-bare2, host: " + tls.get(1)
                + ", tls-verify: true, cert-path: " + dir + "}\n");
        TestSwarm.Run listed = bare.berth("cluster", "nodes", "-H", bare.host(1), "--config", config.toString());
        assertThat(listed.code()).as(listed.all()).isZero();
        assertThat(listed.out().lines().filter(l -> l.contains("berth-bare2")).findFirst().orElseThrow()).endsWith("no");
        assertThat(listed.err()).contains("note: the engine of node berth-bare2 at " + tls.get(1) + " (TLS) does not"
                + " answer: the TLS handshake with the Docker engine at " + tls.get(1) + " (TLS) failed: the engine's"
                + " certificate is not signed by the CA in " + dir.resolve("ca.pem"));
    }

    @Test
    @Order(3)
    void aClientCertificateOfAnotherCaIsRefusedByTheEngine() throws IOException {
        Path dir = tmp.resolve("stranger");
        Files.createDirectories(dir);
        Files.copy(certs.resolve("ca.pem"), dir.resolve("ca.pem"));
        Path other = otherCa();
        BareEngines.sh("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=stranger",
                "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("csr.pem").toString());
        BareEngines.sh("openssl", "x509", "-req", "-in", dir.resolve("csr.pem").toString(),
                "-CA", other.resolve("ca.pem").toString(), "-CAkey", other.resolve("ca-key.pem").toString(),
                "-set_serial", "7", "-days", "2", "-out", dir.resolve("cert.pem").toString());
        TestSwarm.Run run = bare.berth(tlsEnv(dir), "cluster", "nodes", "-H", tls.get(0));
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        // The engine's alert (TLS 1.3: after the client's side of the handshake) may lose the race with
        // the client's first write; either way the message names the client certificate.
        assertThat(run.err()).as(run.all()).startsWith("berth: the TLS handshake with the Docker engine at "
                + tls.get(0) + " (TLS) failed: the engine ").contains(" the client certificate "
                + dir.resolve("cert.pem")).contains("not signed by a CA").doesNotContain("\tat ");
    }

    @Test
    @Order(4)
    void missingCertificateFilesAreNamed() throws IOException {
        Path nowhere = tmp.resolve("nowhere");
        TestSwarm.Run run = bare.berth(tlsEnv(nowhere), "cluster", "nodes", "-H", tls.get(0));
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("berth: TLS to the Docker engine at " + tls.get(0) + " needs the directory "
                + nowhere + " (DOCKER_CERT_PATH, or cert-path of a cluster.nodes entry) to hold ca.pem, cert.pem and"
                + " key.pem; it does not exist\n");

        Path partial = tmp.resolve("partial");
        Files.createDirectories(partial);
        Files.copy(certs.resolve("ca.pem"), partial.resolve("ca.pem"));
        Path config = tmp.resolve("config-partial.yaml");
        Files.writeString(config, "cluster:\n  nodes:\n    - {name: berth-bare2, host: " + tls.get(1)
                + ", tls-verify: true, cert-path: " + partial + "}\n");
        TestSwarm.Run configured = bare.berth("cluster", "nodes", "-H", bare.host(1), "--config", config.toString());
        assertThat(configured.code()).as(configured.all()).isEqualTo(1);
        assertThat(configured.err()).isEqualTo("berth: TLS to the Docker engine at " + tls.get(1)
                + " needs the directory " + partial + " (DOCKER_CERT_PATH, or cert-path of a cluster.nodes entry) to"
                + " hold ca.pem, cert.pem and key.pem; missing or unreadable: " + partial.resolve("cert.pem") + ", "
                + partial.resolve("key.pem") + "\n");
    }
}
