package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/** The body of {@code POST /networks/create}. A network cannot be updated: a changed one is recreated. */
public record NetworkCreate(
        @JsonProperty("Name") String name,
        @JsonProperty("CheckDuplicate") Boolean checkDuplicate,
        @JsonProperty("Driver") String driver,
        @JsonProperty("Scope") String scope,
        @JsonProperty("Internal") Boolean internal,
        @JsonProperty("Attachable") Boolean attachable,
        @JsonProperty("IPAM") Ipam ipam,
        @JsonProperty("EnableIPv6") Boolean enableIpv6,
        @JsonProperty("Options") Map<String, String> options,
        @JsonProperty("Labels") Map<String, String> labels) {

    public NetworkCreate {
        options = Copies.map(options);
        labels = Copies.map(labels);
    }

    /** A copy with one more label, e.g. the spec hash. */
    public NetworkCreate withLabel(String key, String value) {
        Map<String, String> more = labels == null ? new TreeMap<>() : new TreeMap<>(labels);
        more.put(key, value);
        return new NetworkCreate(name, checkDuplicate, driver, scope, internal, attachable, ipam, enableIpv6, options, more);
    }
}
