package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through a server: where its token comes from, and what it says when it cannot act. */
class ThroughServerTest {

    @TempDir
    Path home;

    @Test
    void aTokenFileOthersMayReadIsRefused() throws Exception {
        Path file = home.resolve(".config/berth/token");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "berth_secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Cli cli = Cli.run(Map.of("HOME", home.toString()), home, "ls", "--server", "http://127.0.0.1:9");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).isEqualTo("berth: refusing the token file " + file + ": its mode is rw-r--r--, so other"
                + " users may read it and act as you on the server; run 'chmod 600 " + file + "'\n");
    }

    @Test
    void withoutATokenTheCommandSaysWhereToPutOne() {
        Cli cli = Cli.run(Map.of("HOME", home.toString(), "BERTH_SERVER", "http://127.0.0.1:9"), home, "ps", "shop");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).startsWith("berth: no token for the Berth server: set BERTH_TOKEN or write one to "
                + home.resolve(".config/berth/token") + " (chmod 600)");
    }

    @Test
    void aPrivateTokenFileIsUsedAndAnUnreachableServerIsNamed() throws Exception {
        Path file = home.resolve(".config/berth/token");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "berth_secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Cli cli = Cli.run(Map.of("HOME", home.toString()), home, "down", "shop", "--server", "http://127.0.0.1:9");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).startsWith("berth: cannot reach the Berth server at http://127.0.0.1:9: ");
    }

    @Test
    void aServerUrlMustBeHttp() {
        Cli cli = Cli.run(Map.of("HOME", home.toString(), "BERTH_TOKEN", "t"), home, "ls", "--server", "127.0.0.1:8480");
        assertThat(cli.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err()).isEqualTo("berth: the server URL \"127.0.0.1:8480\" must start with http:// or https://\n");
    }
}
