package dev.berth.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** A job event's data as stored: whole JSON within the column's length, the long texts cut. */
class EventDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shortDataIsKeptAsItIs() {
        ObjectNode data = JSON.createObjectNode().put("message", "hello");
        assertThat(EventData.bounded(data, 100)).isEqualTo("{\"message\":\"hello\"}");
    }

    @Test
    void theLongestTextsAreCutUntilTheJsonFits() throws Exception {
        ObjectNode data = JSON.createObjectNode().put("service", "web").put("message", "m\"\n".repeat(4000));
        data.putArray("logs").add("l".repeat(3000)).add("short");
        String stored = EventData.bounded(data, 2000);
        assertThat(stored.length()).isLessThanOrEqualTo(2000);
        JsonNode back = JSON.readTree(stored);
        assertThat(back.path("service").asText()).isEqualTo("web");
        assertThat(back.path("message").asText()).startsWith("m\"\nm\"\n").endsWith(EventData.CUT);
        assertThat(back.path("logs").get(0).asText()).startsWith("lll").endsWith(EventData.CUT);
        assertThat(back.path("logs").get(1).asText()).isEqualTo("short");
        // The event given is left alone: followers that are live get it whole.
        assertThat(data.path("message").asText()).hasSize(12000);
    }

    @Test
    void manyShortTextsGiveWayToTheMessageAndAWordOnWhatWasCut() throws Exception {
        ObjectNode data = JSON.createObjectNode().put("message", "web failed");
        var logs = data.putArray("logs");
        for (int i = 0; i < 500; i++) {
            logs.add("line " + i);
        }
        String stored = EventData.bounded(data, 1000);
        assertThat(stored.length()).isLessThanOrEqualTo(1000);
        JsonNode back = JSON.readTree(stored);
        assertThat(back.path("message").asText()).isEqualTo("web failed");
        assertThat(back.path("cut").asText()).isEqualTo("the event's data held more than 1000 characters");
    }
}
