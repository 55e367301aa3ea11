package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryPushTest {

    private static final String REPO = "reg:5000/berth-module/shop-catalog";
    private static final String PUSHED = "sha256:" + "a".repeat(64);
    private static final String OTHER = "sha256:" + "b".repeat(64);

    @Test
    void anImageWhoseDigestTheRegistryStillGivesItsTagIsNotPushedAgain() {
        assertThat(RegistryPush.holds(List.of("reg:5000/berth/web@" + OTHER, REPO + "@" + PUSHED), REPO, PUSHED)).isTrue();
    }

    @Test
    void aTagTheRegistryNowGivesAnotherImageOrDoesNotHaveIsPushed() {
        assertThat(RegistryPush.holds(List.of(REPO + "@" + PUSHED), REPO, OTHER)).isFalse();
        assertThat(RegistryPush.holds(List.of(REPO + "@" + PUSHED), REPO, null)).isFalse();
        assertThat(RegistryPush.holds(List.of(), REPO, PUSHED)).isFalse();
    }

    @Test
    void theSameDigestInAnotherRepositoryDoesNotCount() {
        assertThat(RegistryPush.holds(List.of("reg:5000/berth-module/shop-gateway@" + PUSHED), REPO, PUSHED)).isFalse();
        assertThat(RegistryPush.holds(List.of("other:5000/berth-module/shop-catalog@" + PUSHED), REPO, PUSHED)).isFalse();
    }
}
