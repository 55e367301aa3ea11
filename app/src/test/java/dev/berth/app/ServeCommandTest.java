package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** berth serve's errors before it listens: they name what is wrong and exit 1. */
class ServeCommandTest {

    @TempDir
    Path dir;

    Map<String, String> env() {
        return Map.of("HOME", dir.toString(), "DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"));
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() {
        Cli cli = Cli.run(env(), dir, "serve", "--port", "0", "--data-dir", dir.toString(),
                "--db", "jdbc:postgresql://127.0.0.1:1/berth?user=berth&password=secret");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).startsWith("berth: cannot open the database"
                + " jdbc:postgresql://127.0.0.1:1/berth?user=berth&password=***: ").doesNotContain("secret");
    }

    @Test
    void aPortInUseIsNamed() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli cli = Cli.run(env(), dir, "serve", "--bind", "127.0.0.1", "--port",
                    Integer.toString(taken.getLocalPort()), "--data-dir", dir.toString());
            assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
            assertThat(cli.err()).startsWith("berth: cannot listen on port " + taken.getLocalPort() + ": ");
        }
    }
}
