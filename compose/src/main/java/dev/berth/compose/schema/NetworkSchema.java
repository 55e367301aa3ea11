package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.cidr;
import static dev.berth.compose.schema.Formats.extraHost;
import static dev.berth.compose.schema.Formats.hostAddress;
import static dev.berth.compose.schema.Formats.ipAddress;
import static dev.berth.compose.schema.Formats.ipv4Address;
import static dev.berth.compose.schema.Formats.ipv6Address;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.bool;
import static dev.berth.compose.schema.Schemas.integer;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOfStrings;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.mapOf;
import static dev.berth.compose.schema.Schemas.orNull;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrNumber;

/** Networks: declared at the top level, joined by services, and the addresses services get. */
final class NetworkSchema {

    private NetworkSchema() {
    }

    /** A top-level network; null (just the name) means the defaults. */
    static Schema network() {
        return orNull(object()
                .field("attachable", bool())
                .field("driver", string())
                .field("driver_opts", mapOf(stringOrNumber()))
                .field("enable_ipv4", bool())
                .field("enable_ipv6", bool())
                .field("external", TopLevelSchema.external())
                .field("internal", bool())
                .field("ipam", ipam())
                .field("labels", listOrDict())
                .field("name", string()));
    }

    private static Schema ipam() {
        return object()
                .field("driver", string())
                .field("config", list(object()
                        .field("subnet", cidr())
                        .field("ip_range", cidr())
                        .field("gateway", ipAddress())
                        .field("aux_addresses", mapOf(ipAddress()))))
                .field("options", mapOf(string()));
    }

    /** A service's networks: a list of names, or names with per-network settings. */
    static Schema serviceNetworks() {
        return anyOf(listOfStrings(), TopLevelSchema.names("network name", orNull(object()
                .field("aliases", listOfStrings())
                .field("driver_opts", mapOf(stringOrNumber()))
                .field("gw_priority", integer())
                .field("interface_name", string())
                .field("ipv4_address", ipv4Address())
                .field("ipv6_address", ipv6Address())
                .field("link_local_ips", list(ipAddress()).unique())
                .field("mac_address", string())
                .field("priority", integer()))));
    }

    /** Extra /etc/hosts entries: "HOST=IP" strings, or a mapping from host to one or more addresses. */
    static Schema extraHosts() {
        return anyOf(mapOf(anyOf(hostAddress(), list(hostAddress()))), list(extraHost()).unique());
    }

    /** DNS servers: one address or a list. */
    static Schema dns() {
        return anyOf(ipAddress(), list(ipAddress()).unique());
    }
}
