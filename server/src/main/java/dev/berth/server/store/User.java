package dev.berth.server.store;

import java.time.Instant;

/** A user of the server: a role (admin, member, viewer) in one team. */
public record User(String name, String role, String team, Instant created) {
}
