package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTest {

    private static dev.berth.compose.model.Service web(String keys) {
        return Binding.service("services:\n  web:\n    image: nginx\n" + keys, "web");
    }

    @Test
    void splitsAStringCommandAsAShellWould() {
        assertThat(web("    command: nginx -g 'daemon off;' --msg \"a \\\"b\\\"\" c\\ d\n").command())
                .containsExactly("nginx", "-g", "daemon off;", "--msg", "a \"b\"", "c d");
    }

    @Test
    void keepsASequenceAsWritten() {
        assertThat(web("    entrypoint: [\"/bin/sh\", \"-c\", \"echo $$HOME | tee out\"]\n").entrypoint())
                .containsExactly("/bin/sh", "-c", "echo $$HOME | tee out");
    }

    @Test
    void distinguishesACommandClearedFromOneNotGiven() {
        assertThat(web("    command: []\n").command()).isEmpty();
        assertThat(web("    command: \"\"\n").command()).isEmpty();
        assertThat(web("    entrypoint: []\n").command()).isNull();
    }

    @Test
    void keepsEmptyQuotedWords() {
        assertThat(web("    command: echo '' x\n").command()).containsExactly("echo", "", "x");
    }

    @Test
    void reportsAShellOperatorInAStringCommand() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    command: make && make test
                """)).containsExactly("compose.yaml:4:14: services.web.command: \"make && make test\" uses the shell"
                + " operator \"&\", but a command string is split into words and run without a shell; write it as"
                + " [\"sh\", \"-c\", \"...\"]");
    }

    @Test
    void reportsAnUnclosedQuote() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    entrypoint: "echo 'hi"
                """)).containsExactly("compose.yaml:4:17: services.web.entrypoint: \"echo 'hi\" has an unclosed quote");
    }

    @Test
    void turnsAStringHealthcheckTestIntoCmdShell() {
        assertThat(web("    healthcheck: {test: curl -f http://localhost/}\n").healthcheck().test())
                .containsExactly("CMD-SHELL", "curl -f http://localhost/");
    }

    @Test
    void reportsAHealthcheckTestOfUnknownKind() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    healthcheck:
                      test: [curl, -f, http://localhost/]
                """)).containsExactly("compose.yaml:5:14: services.web.healthcheck.test.0: a test sequence starts with"
                + " CMD, CMD-SHELL or NONE, not \"curl\"");
    }
}
