package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.fileMode;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.mapOf;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrNumber;

/** Configs and secrets: declared at the top level, granted to services by name. */
final class ConfigSecretSchema {

    private ConfigSecretSchema() {
    }

    /** A config's content comes from one place: a file, an environment variable or inline content. */
    static Schema config() {
        return object()
                .field("content", string())
                .field("environment", string())
                .field("external", TopLevelSchema.external())
                .field("file", string())
                .field("labels", listOrDict())
                .field("name", string())
                .field("template_driver", string())
                .exclusive("file", "environment", "content");
    }

    static Schema secret() {
        return object()
                .field("driver", string())
                .field("driver_opts", mapOf(stringOrNumber()))
                .field("environment", string())
                .field("external", TopLevelSchema.external())
                .field("file", string())
                .field("labels", listOrDict())
                .field("name", string())
                .field("template_driver", string())
                .exclusive("file", "environment");
    }

    /** A service's configs or secrets: names, or mappings that say where and how they appear. */
    static Schema references() {
        return list(anyOf(string(), object()
                .field("source", string())
                .field("target", string())
                .field("uid", string())
                .field("gid", string())
                .field("mode", fileMode())));
    }
}
