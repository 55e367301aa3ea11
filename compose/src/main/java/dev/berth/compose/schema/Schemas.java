package dev.berth.compose.schema;

import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of Berth's schema language: structures ({@link #object()}, {@link #mapOf},
 * {@link #list}, {@link #anyOf}) and plain scalars. Value formats such as durations and ports
 * are in {@link Formats}. Read a static import of both as a description of the file format.
 */
final class Schemas {

    private static final Set<ScalarKind> STRING = EnumSet.of(ScalarKind.STRING);
    private static final Set<ScalarKind> NUMERIC =
            EnumSet.of(ScalarKind.INT, ScalarKind.FLOAT, ScalarKind.STRING);

    private Schemas() {
    }

    static ObjectSchema object() {
        return new ObjectSchema();
    }

    /** A mapping from names the user chooses to values of one schema. */
    static Schema mapOf(Schema values) {
        return new MapSchema(null, values);
    }

    /** A mapping whose names must match {@code regex}; {@code what} names them in messages. */
    static Schema mapOf(String regex, String what, String allowed, Schema values) {
        return new MapSchema(MapSchema.NameRule.of(regex, what, allowed), values);
    }

    static ListSchema list(Schema items) {
        return new ListSchema(items, false);
    }

    static Schema anyOf(Schema... options) {
        return new AnyOfSchema(List.of(options));
    }

    static Schema anything() {
        return AnySchema.INSTANCE;
    }

    static ScalarSchema string() {
        return new ScalarSchema("a string", STRING, ScalarCheck.NONE);
    }

    /** A string matching {@code regex}; {@code shape} says in the message what it should look like. */
    static ScalarSchema string(String regex, String shape) {
        Pattern pattern = Pattern.compile(regex);
        return string().and(s -> pattern.matcher(s.text()).matches() ? null
                : "expected " + shape + ", found " + Schema.quote(s.text()));
    }

    static ScalarSchema nullValue() {
        return new ScalarSchema("null", EnumSet.of(ScalarKind.NULL), ScalarCheck.NONE);
    }

    /** Any scalar, as environment and label values may be. */
    static ScalarSchema scalar() {
        return new ScalarSchema("a string, number, boolean or null", EnumSet.allOf(ScalarKind.class),
                ScalarCheck.NONE);
    }

    /** A string or a number, as driver options may be. */
    static ScalarSchema stringOrNumber() {
        return new ScalarSchema("a string or a number", NUMERIC, ScalarCheck.NONE);
    }

    static ScalarSchema integer() {
        return new ScalarSchema("an integer", EnumSet.of(ScalarKind.INT, ScalarKind.STRING),
                s -> NumberText.integer(s).isPresent() ? null : "expected an integer, found " + value(s));
    }

    static ScalarSchema integer(long min, long max) {
        return integer().and(s -> {
            long v = NumberText.integer(s).orElseThrow();
            return v >= min && v <= max ? null
                    : "expected an integer from " + min + " to " + max + ", found " + value(s);
        });
    }

    static ScalarSchema atLeast(long min) {
        return integer().and(s -> NumberText.integer(s).orElseThrow() >= min ? null
                : "expected an integer of at least " + min + ", found " + value(s));
    }

    static ScalarSchema number() {
        return new ScalarSchema("a number", NUMERIC,
                s -> NumberText.number(s).isPresent() ? null : "expected a number, found " + value(s));
    }

    static ScalarSchema nonNegativeNumber() {
        return number().and(s -> NumberText.number(s).orElseThrow().compareTo(BigDecimal.ZERO) >= 0 ? null
                : "expected a number of at least 0, found " + value(s));
    }

    static ScalarSchema bool() {
        return new ScalarSchema("a boolean", EnumSet.of(ScalarKind.BOOL, ScalarKind.STRING),
                s -> NumberText.isBoolean(s) ? null : "expected a boolean, found " + value(s));
    }

    /** One of a fixed set of strings. */
    static ScalarSchema enumOf(String... values) {
        List<String> allowed = List.of(values);
        return string().and(s -> allowed.contains(s.text()) ? null
                : "expected " + alternatives(allowed) + ", found " + Schema.quote(s.text()));
    }

    /** A list of strings without repetition, the specification's most common list. */
    static ListSchema listOfStrings() {
        return list(string()).unique();
    }

    /** One string or a list of strings: {@code dns: 8.8.8.8} or {@code dns: [8.8.8.8, 1.1.1.1]}. */
    static Schema stringOrList() {
        return anyOf(string(), listOfStrings());
    }

    /** {@code KEY: value} pairs written as a mapping or as a list of "KEY=value" strings. */
    static Schema listOrDict() {
        return anyOf(mapOf(scalar()), listOfStrings());
    }

    /** A command as a shell string or an exec-form list; null clears it. */
    static Schema command() {
        return anyOf(string(), list(string()), nullValue());
    }

    /** The schema, or null for "nothing set": {@code networks: {default: }}. */
    static Schema orNull(Schema schema) {
        return anyOf(schema, nullValue());
    }

    /** How a scalar is shown after "found": strings quoted, other scalars as written. */
    static String value(ScalarNode scalar) {
        return scalar.isString() ? Schema.quote(scalar.text()) : scalar.text();
    }

    static String alternatives(List<String> values) {
        List<String> quoted = values.stream().map(Schema::quote).collect(Collectors.toList());
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }
}
