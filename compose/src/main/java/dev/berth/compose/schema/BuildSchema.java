package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.byteSize;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.bool;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrList;

/** A service's {@code build}: a context path, or the long syntax of the Compose Build Specification. */
final class BuildSchema {

    private BuildSchema() {
    }

    static Schema build() {
        return anyOf(string(), object()
                .field("additional_contexts", listOrDict())
                .field("args", listOrDict())
                .field("cache_from", list(string()))
                .field("cache_to", list(string()))
                .field("context", string())
                .field("dockerfile", string())
                .field("dockerfile_inline", string())
                .field("entitlements", list(string()))
                .field("extra_hosts", NetworkSchema.extraHosts())
                .field("isolation", string())
                .field("labels", listOrDict())
                .field("network", string())
                .field("no_cache", bool())
                .field("no_cache_filter", stringOrList())
                .field("platforms", list(string()))
                .field("privileged", bool())
                .field("provenance", anyOf(bool(), string()))
                .field("pull", bool())
                .field("sbom", anyOf(bool(), string()))
                .field("secrets", ConfigSecretSchema.references())
                .field("shm_size", byteSize())
                .field("ssh", listOrDict())
                .field("tags", list(string()))
                .field("target", string())
                .field("ulimits", ResourceSchema.ulimits()));
    }
}
