package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.ipAddress;
import static dev.berth.compose.schema.Formats.portNumber;
import static dev.berth.compose.schema.Formats.portRange;
import static dev.berth.compose.schema.Formats.portSpec;
import static dev.berth.compose.schema.Formats.protocol;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.enumOf;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;

/** Published ports: short-syntax strings and numbers, or long-syntax mappings. */
final class PortSchema {

    private PortSchema() {
    }

    static Schema ports() {
        return list(anyOf(portSpec(), object()
                .field("name", string())
                .field("target", portNumber())
                .field("published", portRange())
                .field("host_ip", ipAddress())
                .field("protocol", protocol())
                .field("app_protocol", string())
                .field("mode", enumOf("host", "ingress")))).unique();
    }
}
