package dev.berth.server.auth;

/** What a user may do: admins everything; members change their team's environments; viewers read. */
public enum Role {
    admin, member, viewer;

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.name().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("role \"" + text + "\" is invalid: expected admin, member or viewer");
    }
}
