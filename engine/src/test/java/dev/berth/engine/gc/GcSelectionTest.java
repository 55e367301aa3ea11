package dev.berth.engine.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Labels;
import dev.berth.engine.gc.NodeContents.Container;
import dev.berth.engine.gc.NodeContents.Image;
import dev.berth.engine.gc.NodeContents.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GcSelectionTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");
    private static final GcRules RULES = new GcRules(Set.of("shop-alice"), Set.of("svc-live"), Set.of("berth/busybox:1"),
            Duration.ofDays(7), Duration.ofHours(1), List.of("keep/*", "busybox:1.36"), NOW);

    private static Map<String, String> env(String name, String service) {
        return Map.of(Labels.ENVIRONMENT, name, "com.docker.swarm.service.id", service);
    }

    private static Image image(String id, Duration age, String... tags) {
        return new Image(id, List.of(tags), NOW.minus(age), null, 1000);
    }

    private static List<String> reasons(NodeContents node) {
        return GcSelection.select(node, RULES).stream().map(r -> r.kind() + " " + r.name() + ": " + r.reason()).toList();
    }

    @Test
    void removesStoppedContainersOfGoneEnvironmentsAndServicesOnly() {
        NodeContents node = new NodeContents("node1", List.of(
                new Container("c1", "gone_web.1", "exited", "i1", env("shop-bob", "svc-x"), 10),
                new Container("c2", "alice_old.1", "exited", "i1", env("shop-alice", "svc-removed"), 10),
                new Container("c3", "alice_web.1", "exited", "i1", env("shop-alice", "svc-live"), 10),
                new Container("c4", "bob_run.1", "running", "i1", env("shop-bob", "svc-x"), 10),
                new Container("c5", "someone", "exited", "i1", Map.of(), 10)), List.of(), List.of());
        assertThat(reasons(node)).containsExactly(
                "CONTAINER gone_web.1: exited, environment shop-bob is gone",
                "CONTAINER alice_old.1: exited, its service is gone");
    }

    @Test
    void removesImagesNothingUsesOnceTheyArrivedLongerAgoThanTheAge() {
        NodeContents node = new NodeContents("node1", List.of(
                new Container("c1", "x", "running", "sha256:used", Map.of(), 0)), List.of(
                image("sha256:old", Duration.ofDays(8), "lc/old:1"),
                image("sha256:young", Duration.ofDays(6), "lc/young:1"),
                image("sha256:used", Duration.ofDays(30), "lc/used:1"),
                image("sha256:service", Duration.ofDays(30), "docker.io/berth/busybox:1"),
                image("sha256:kept", Duration.ofDays(30), "keep/me:2"),
                image("sha256:kept2", Duration.ofDays(30), "busybox:1.36"),
                image("sha256:dangling0123456789", Duration.ofHours(2)),
                image("sha256:fresh", Duration.ofMinutes(5))), List.of());
        assertThat(reasons(node)).containsExactly(
                "IMAGE lc/old:1: unused, arrived 8d ago",
                "IMAGE dangling0123: dangling, unused, arrived 2h ago");
    }

    @Test
    void anImageTaggedRecentlyIsYoungWhateverItsBuildTime() {
        Image retagged = new Image("sha256:a", List.of("lc/a:1"), NOW.minus(Duration.ofDays(100)),
                NOW.minus(Duration.ofDays(1)), 5);
        assertThat(reasons(new NodeContents("n", List.of(), List.of(retagged), List.of()))).isEmpty();
    }

    @Test
    void anImageOnlyAStoppedContainerOfAGoneEnvironmentUsesIsFreedWithIt() {
        NodeContents node = new NodeContents("node1", List.of(
                new Container("c1", "gone_web.1", "exited", "sha256:old", env("shop-bob", "svc-x"), 10)),
                List.of(image("sha256:old", Duration.ofDays(8), "lc/old:1")), List.of());
        assertThat(reasons(node)).containsExactly("CONTAINER gone_web.1: exited, environment shop-bob is gone",
                "IMAGE lc/old:1: unused, arrived 8d ago");
    }

    @Test
    void removesVolumesOfGoneEnvironmentsAndNoOthers() {
        NodeContents node = new NodeContents("node1", List.of(), List.of(), List.of(
                new Volume("shop-bob_data", Map.of(Labels.ENVIRONMENT, "shop-bob"), 4096),
                new Volume("shop-alice_data", Map.of(Labels.ENVIRONMENT, "shop-alice"), 4096),
                new Volume("somebodys", Map.of(), 4096)));
        List<Removal> removals = GcSelection.select(node, RULES);
        assertThat(removals).containsExactly(new Removal(Removal.Kind.VOLUME, "shop-bob_data", "shop-bob_data",
                "environment shop-bob is gone", 4096));
    }

    @Test
    void referencesCompareAsTheEngineResolvesThem() {
        assertThat(ImageReference.normalize("busybox")).isEqualTo("busybox:latest");
        assertThat(ImageReference.normalize("docker.io/library/busybox:1.36@sha256:abc")).isEqualTo("busybox:1.36");
        assertThat(ImageReference.normalize("registry:5000/team/app")).isEqualTo("registry:5000/team/app:latest");
        assertThat(ImageReference.matches("berth/*", "berth/busybox:1")).isTrue();
        assertThat(ImageReference.matches("busybox", "docker.io/library/busybox:latest")).isTrue();
        assertThat(ImageReference.matches("busybox", "busybox:1.36")).isFalse();
    }
}
