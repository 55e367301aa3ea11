package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Labels;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one JSON form of the specs, as the Engine API reads them: absent and empty values left out,
 * map keys sorted, so the same spec is always the same bytes. {@link #canonical} is the form that
 * is hashed and compared: every key sorted and the spec-hash, owner and expiry labels left out.
 */
public final class SpecJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // Global{} and GlobalJob{} have no fields and still mean something
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // specs read back from the engine carry fields Berth does not set
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private SpecJson() {
    }

    /** The mapper that writes specs as the engine reads them, for the client that sends them. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The compact JSON to send to the engine. */
    public static String write(Object spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented JSON with {@code \n} line ends on every platform, for people and golden files. */
    public static String pretty(Object spec) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(spec) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec (a record or a tree read from the engine) as a tree, every key sorted, without the spec-hash label. */
    public static JsonNode canonical(Object spec) {
        JsonNode tree = MAPPER.valueToTree(spec);
        if (tree instanceof ObjectNode object && object.get("Labels") instanceof ObjectNode labels) {
            // Who owns an environment, its team and when it expires change without changing what runs.
            labels.remove(Labels.SPEC_HASH);
            labels.remove(Labels.OWNER);
            labels.remove(Labels.EXPIRES);
            labels.remove(Labels.TEAM);
            // What a service waited for at deploy time changes nothing about how it runs.
            labels.remove(Labels.DEPENDS_ON);
            // Which run of the compile step made a module's artifacts changes nothing when they are the
            // same bytes: the service keeps the producer of the artifacts it got until it changes.
            labels.remove(Labels.ARTIFACTS_PRODUCER);
            if (labels.isEmpty()) {
                object.remove("Labels");
            }
        }
        return sorted(tree);
    }

    static byte[] canonicalBytes(Object spec) {
        try {
            return MAPPER.writeValueAsBytes(canonical(spec));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode out = MAPPER.createObjectNode();
            names.forEach(name -> out.set(name, sorted(object.get(name))));
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = MAPPER.createArrayNode();
            array.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }
}
