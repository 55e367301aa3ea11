package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The container's resolv.conf: name servers, search domains, options. */
public record DnsConfig(
        @JsonProperty("Nameservers") List<String> nameservers,
        @JsonProperty("Search") List<String> search,
        @JsonProperty("Options") List<String> options) {

    public DnsConfig {
        nameservers = Copies.list(nameservers);
        search = Copies.list(search);
        options = Copies.list(options);
    }
}
