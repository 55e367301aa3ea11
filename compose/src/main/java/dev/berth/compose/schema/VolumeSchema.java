package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.byteSize;
import static dev.berth.compose.schema.Formats.fileMode;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.bool;
import static dev.berth.compose.schema.Schemas.enumOf;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.mapOf;
import static dev.berth.compose.schema.Schemas.orNull;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrNumber;

/** Volumes: declared at the top level, and mounted by services in the short or the long syntax. */
final class VolumeSchema {

    private VolumeSchema() {
    }

    /** A top-level volume; null (just the name) means the defaults. */
    static Schema volume() {
        return orNull(object()
                .field("driver", string())
                .field("driver_opts", mapOf(stringOrNumber()))
                .field("external", TopLevelSchema.external())
                .field("labels", listOrDict())
                .field("name", string()));
    }

    /** A service's mounts: "SOURCE:TARGET[:MODE]" strings or long-syntax mappings. */
    static Schema serviceVolumes() {
        return list(anyOf(string(), mount())).unique();
    }

    private static Schema mount() {
        return object()
                .field("type", enumOf("bind", "volume", "tmpfs", "cluster", "npipe", "image"))
                .field("source", string())
                .field("target", string())
                .field("read_only", bool())
                .field("consistency", string())
                .field("bind", object()
                        .field("propagation", enumOf("rprivate", "private", "rshared", "shared", "rslave", "slave"))
                        .field("create_host_path", bool())
                        .field("recursive", enumOf("enabled", "disabled", "writable", "readonly"))
                        .field("selinux", enumOf("z", "Z")))
                .field("volume", object()
                        .field("labels", listOrDict())
                        .field("nocopy", bool())
                        .field("subpath", string()))
                .field("tmpfs", object()
                        .field("size", byteSize())
                        .field("mode", fileMode()))
                .field("image", object()
                        .field("subpath", string()))
                .required("type");
    }
}
