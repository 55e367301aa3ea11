package dev.berth.swarm.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.swarm.client.RegistryAuth;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A docker credential helper ({@code docker-credential-<name>}), asked as the docker CLI asks it:
 * {@code get} with the server address on stdin, answering JSON {@code {ServerURL, Username, Secret}}
 * on stdout. The username {@code <token>} marks the secret as an identity token; the answer
 * "credentials not found in native keychain" means the helper holds nothing for the address.
 *
 * @param name   what follows {@code docker-credential-}
 * @param origin where the helper is configured, for messages ("credsStore in /home/ci/.docker/config.json")
 */
record CredentialHelper(String name, String origin) {

    static final String PREFIX = "docker-credential-";
    static final String NOT_FOUND = "credentials not found in native keychain";
    static final String TOKEN_USERNAME = "<token>";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    String program() {
        return PREFIX + name;
    }

    /**
     * The credentials the helper holds for {@code serverAddress}, or null when it holds none.
     *
     * @param environment the helper's environment; its PATH is where the helper is looked for
     * @param registry    the registry as build.registry names it, for the credentials and messages
     */
    RegistryAuth get(String serverAddress, String registry, Map<String, String> environment) {
        Path executable = find(environment.getOrDefault("PATH", ""), registry);
        String out;
        String err;
        int code;
        try {
            ProcessBuilder builder = new ProcessBuilder(executable.toString(), "get");
            builder.environment().clear();
            builder.environment().putAll(environment);
            Process process = builder.start();
            FutureTask<String> stdout = drain(process.getInputStream());
            FutureTask<String> stderr = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(serverAddress.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the helper did not read its input: its exit code and output say why
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(registry, "did not answer within " + TIMEOUT.toSeconds() + " s");
            }
            code = process.exitValue();
            out = stdout.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).strip();
            err = stderr.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).strip();
        } catch (IOException e) {
            throw failure(registry, "could not be run (" + executable + "): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(registry, "was interrupted");
        } catch (ExecutionException e) {
            throw failure(registry, "could not be read: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw failure(registry, "exited but kept its output open for " + TIMEOUT.toSeconds() + " s");
        }
        if (out.equals(NOT_FOUND)) {
            return null;
        }
        if (code != 0) {
            String said = !out.isEmpty() ? out : err;
            throw failure(registry, "failed with exit code " + code + (said.isEmpty() ? "" : ": " + shorten(said)));
        }
        return credentials(out, registry);
    }

    private RegistryAuth credentials(String json, String registry) {
        JsonNode answer;
        try {
            answer = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject()) {
            throw failure(registry, "answered with something other than JSON {ServerURL, Username, Secret}");
        }
        String username = answer.path("Username").asText("");
        String secret = answer.path("Secret").asText("");
        if (username.equals(TOKEN_USERNAME)) {
            return new RegistryAuth("", "", registry, secret);
        }
        return new RegistryAuth(username, secret, registry);
    }

    /** The helper's executable on {@code path}, as a shell would find it. */
    Path find(String path, String registry) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program());
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("the credential helper " + program() + " (" + origin
                + "), which holds the credentials of " + registry + ", is not on the PATH (" + (path.isEmpty() ? "empty" : path) + "); install it, or remove that"
                + " setting and log in with 'docker login', or set build.registry.username and password-env");
    }

    private IllegalArgumentException failure(String registry, String what) {
        return new IllegalArgumentException("the credential helper " + program() + " (" + origin + ") " + what
                + " when asked for the credentials of " + registry);
    }

    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 400) + "…";
    }

    /** Reads a stream to its end on a thread of its own, so that neither of the helper's outputs can fill up. */
    private static FutureTask<String> drain(InputStream stream) {
        FutureTask<String> task = new FutureTask<>(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
        Thread thread = new Thread(task, "berth-credential-helper");
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
