package dev.berth.engine.ports;

/** A port published on the cluster; tcp and udp ports of the same number do not collide. */
public record TakenPort(int port, String protocol) {
}
