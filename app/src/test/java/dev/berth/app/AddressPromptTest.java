package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.cluster.HostFacts.HostAddress;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPromptTest {

    private static final List<HostAddress> TWO = List.of(new HostAddress("10.0.0.5", 24, "eth0"),
            new HostAddress("192.168.7.20", 24, "wlan0"));

    private final StringWriter out = new StringWriter();

    private String ask(String input) throws Exception {
        return AddressPrompt.ask(TWO, new BufferedReader(new StringReader(input)), new PrintWriter(out, true));
    }

    @Test
    void listsTheCandidatesAndTakesANumber() throws Exception {
        assertThat(ask("2\n")).isEqualTo("192.168.7.20");
        assertThat(out.toString()).startsWith("This host has 2 addresses other nodes could use:\n"
                + "  1) 10.0.0.5       eth0\n"
                + "  2) 192.168.7.20   wlan0\n"
                + "Advertise which one to the other nodes? [1-2 or an address] ");
    }

    @Test
    void takesAnAddressAndAsksAgainAfterAnAnswerThatIsNoneOfThem() throws Exception {
        assertThat(ask("3\n 10.0.0.9\n10.0.0.5\n")).isEqualTo("10.0.0.5");
        assertThat(out.toString()).contains("\"3\" is none of them.", "\"10.0.0.9\" is none of them.");
    }

    @Test
    void theEndOfInputAnswersNothing() throws Exception {
        assertThat(ask("")).isNull();
        assertThat(ask("x\n")).isNull();
    }
}
