package dev.berth.swarm.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * What went wrong with TLS to an engine, in words that name the files involved: missing client
 * files before connecting, and a failed handshake after.
 */
final class TlsFailure {

    static final List<String> FILES = List.of("ca.pem", "cert.pem", "key.pem");

    private TlsFailure() {
    }

    /** Fails, naming the path, unless the endpoint's cert path holds ca.pem, cert.pem and key.pem. */
    static void checkFiles(DockerEndpoint endpoint) {
        Path dir = endpoint.certPath();
        String where = "TLS to the Docker engine at " + endpoint.host() + " needs the directory " + dir
                + " (DOCKER_CERT_PATH, or cert-path of a cluster.nodes entry) to hold ca.pem, cert.pem and key.pem";
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(where + "; it does not exist");
        }
        List<String> missing = new ArrayList<>();
        for (String f : FILES) {
            if (!Files.isReadable(dir.resolve(f))) {
                missing.add(dir.resolve(f).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(where + "; missing or unreadable: " + String.join(", ", missing));
        }
    }

    private static boolean inTls(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("sun.security.ssl.")) {
                return true;
            }
        }
        return false;
    }

    /** Why a TLS connection failed, or null when the failure is no TLS failure. */
    static String explain(DockerEndpoint endpoint, Throwable failure) {
        if (!endpoint.tlsVerify()) {
            return null;
        }
        boolean tls = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException
                    || String.valueOf(t.getMessage()).contains("PKIX path")) {
                return "the engine's certificate is not signed by the CA in " + endpoint.certPath().resolve("ca.pem");
            }
            if (t instanceof CertificateException && String.valueOf(t.getMessage()).contains("subject alternative")) {
                return "the engine's certificate does not name " + endpoint.host().getHost() + " (" + t.getMessage() + ")";
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("bad_certificate") || message.contains("unknown_ca")
                    || message.contains("certificate_required") || message.contains("certificate_unknown")) {
                return "the engine refused the client certificate " + endpoint.certPath().resolve("cert.pem")
                        + " (" + message + "): it is not signed by a CA the engine trusts (its --tlscacert)";
            }
            if (t instanceof java.net.SocketException && inTls(t)) {
                // TLS 1.3: the engine checks the client certificate after the client's side of the
                // handshake is done, and its alert may lose the race with the client's first write.
                return "the engine closed the connection during the TLS handshake (" + t.getMessage() + "): it most"
                        + " likely refused the client certificate " + endpoint.certPath().resolve("cert.pem")
                        + ", which is not signed by a CA it trusts (its --tlscacert)";
            }
            tls |= t instanceof SSLException;
        }
        return tls ? failure.getMessage() : null;
    }
}
