package dev.berth.engine.config;

import dev.berth.engine.network.Cidr;
import java.util.List;

/** @param pools the address pools Berth takes the subnets of environments' networks from */
public record NetworkSettings(List<Cidr> pools) {

    public static final List<Cidr> DEFAULT_POOLS = List.of(Cidr.parse("10.208.0.0/12"));

    public NetworkSettings {
        pools = List.copyOf(pools);
    }

    static NetworkSettings defaults() {
        return new NetworkSettings(DEFAULT_POOLS);
    }

    static NetworkSettings read(ConfigValues v) {
        return new NetworkSettings(v.cidrs("pools", DEFAULT_POOLS));
    }
}
