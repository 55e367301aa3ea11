package dev.berth.server.auth;

/** The authenticated user of a request. */
public record Principal(String name, Role role, String team) {

    public boolean admin() {
        return role == Role.admin;
    }

    /**
     * Whether this user may change an environment of {@code team} (null: an environment no team
     * claims, made by the command line directly): admins always, members of that team, viewers never.
     */
    public boolean mayChange(String environmentTeam) {
        return switch (role) {
            case admin -> true;
            case member -> environmentTeam != null && environmentTeam.equals(team);
            case viewer -> false;
        };
    }
}
