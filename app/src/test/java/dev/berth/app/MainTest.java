package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {

    private static final Path HERE = Path.of(".");

    @Test
    void helpListsTheCommands() {
        Cli cli = Cli.run(HERE, "--help");
        assertThat(cli.code).isZero();
        assertThat(cli.out()).contains("Usage: berth", "config", "Deploys whole test environments");
    }

    @Test
    void commandHelpDescribesEveryOption() {
        Cli cli = Cli.run(HERE, "config", "--help");
        assertThat(cli.code).isZero();
        assertThat(cli.out()).contains("-f, --file=FILE", "--env-file=FILE", "--project-directory=DIR",
                "-p, --project-name=NAME", "--profile=PROFILE", "--format=FORMAT", "yaml, json", "--services",
                "--volumes", "-q, --quiet");
    }

    @Test
    void printsTheVersion() {
        Cli cli = Cli.run(HERE, "--version");
        assertThat(cli.code).isZero();
        assertThat(cli.out()).startsWith("berth ");
    }

    @Test
    void anUnknownCommandExitsTwoWithASuggestion() {
        Cli cli = Cli.run(HERE, "confg");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("Unmatched argument", "Did you mean", "config");
    }

    @Test
    void anInvalidOptionValueExitsTwo() {
        Cli cli = Cli.run(HERE, "config", "--format", "xml");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("--format", "xml");
    }
}
