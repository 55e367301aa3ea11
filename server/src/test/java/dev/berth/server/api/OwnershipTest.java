package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.EnvironmentName;
import dev.berth.server.auth.Principal;
import dev.berth.server.auth.Role;
import org.junit.jupiter.api.Test;

/** Who may change an environment, and which team an up labels it with. */
class OwnershipTest {

    private static final EnvironmentName ENV = new EnvironmentName("shop-a");
    private static final Principal ADMIN = new Principal("root", Role.admin, "admins");
    private static final Principal SHOP = new Principal("sam", Role.member, "shop");
    private static final Principal BLUE = new Principal("bea", Role.member, "blue");
    private static final Principal VIEWER = new Principal("vic", Role.viewer, "shop");

    @Test
    void anAdminsRedeployKeepsTheEnvironmentsTeam() {
        Ownership shops = new Ownership(true, "shop");
        assertThat(shops.teamFor(ADMIN)).isEqualTo("shop");
        assertThat(new Ownership(true, null).teamFor(ADMIN)).isNull();
        assertThat(Ownership.NONE.teamFor(BLUE)).isEqualTo("blue");
    }

    @Test
    void onlyTheTeamAndAdminsChangeAnEnvironment() {
        Ownership shops = new Ownership(true, "shop");
        assertThatCode(() -> shops.require(SHOP, ENV, true)).doesNotThrowAnyException();
        assertThatCode(() -> shops.require(ADMIN, ENV, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> shops.require(BLUE, ENV, false)).isInstanceOf(ApiException.class)
                .hasMessage("environment shop-a belongs to team shop; bea is in team blue");
        assertThatThrownBy(() -> new Ownership(true, null).require(SHOP, ENV, false))
                .hasMessage("environment shop-a belongs to no team (only admins may change it)");
        assertThatThrownBy(() -> Ownership.NONE.require(VIEWER, ENV, false))
                .hasMessage("vic is a viewer and may not change environments");
        assertThatCode(() -> Ownership.NONE.require(BLUE, ENV, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Ownership.NONE.require(BLUE, ENV, true)).hasMessageContaining("only admins");
    }
}
