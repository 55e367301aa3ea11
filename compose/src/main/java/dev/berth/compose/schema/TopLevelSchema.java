package dev.berth.compose.schema;

import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.atLeast;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.mapOf;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrList;

import dev.berth.compose.tree.ScalarKind;
import java.util.EnumSet;

/** The top level of a compose file, and the names under which services, networks… are declared. */
final class TopLevelSchema {

    private static final String NAME = "[a-zA-Z0-9._-]+";
    private static final String NAME_CHARACTERS = "use only letters, digits, \".\", \"_\" and \"-\"";

    private TopLevelSchema() {
    }

    static ObjectSchema root() {
        return object()
                .field("version", version())
                .field("name", string())
                .field("include", list(include()))
                .field("services", names("service name", ServiceSchema.service()))
                .field("networks", names("network name", NetworkSchema.network()))
                .field("volumes", names("volume name", VolumeSchema.volume()))
                .field("configs", names("config name", ConfigSecretSchema.config()))
                .field("secrets", names("secret name", ConfigSecretSchema.secret()))
                .field("models", names("model name", model()));
    }

    /** A mapping keyed by names of services, networks…, which compose restricts to a safe alphabet. */
    static Schema names(String what, Schema values) {
        return mapOf(NAME, what, NAME_CHARACTERS, values);
    }

    /** Declared as a string; an unquoted 3.8 is a number whose text the reader keeps. */
    private static Schema version() {
        return new ScalarSchema("a string", EnumSet.of(ScalarKind.STRING, ScalarKind.INT, ScalarKind.FLOAT),
                ScalarCheck.NONE);
    }

    private static Schema include() {
        return anyOf(string(), object()
                .field("path", stringOrList())
                .field("env_file", stringOrList())
                .field("project_directory", string())
                .noExtensions());
    }

    private static Schema model() {
        return object()
                .field("name", string())
                .field("model", string())
                .field("context_size", atLeast(0))
                .field("runtime_flags", list(string()))
                .required("model");
    }

    /** {@code external: true}, or the older {@code external: {name: …}}. */
    static Schema external() {
        return anyOf(Schemas.bool(), object().field("name", string()));
    }
}
