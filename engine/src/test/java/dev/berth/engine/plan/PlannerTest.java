package dev.berth.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EnvironmentName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static final EnvironmentName ENV = new EnvironmentName("shop-alice");

    private static Resource service(String name, String hash, Map<String, String> fields) {
        return new Resource(ResourceKind.SERVICE, name, hash, fields);
    }

    @Test
    void createsWhatIsMissingKeepsWhatIsUnchangedAndRemovesWhatIsGone() {
        Plan plan = Planner.plan(ENV,
                List.of(service("shop-alice_web", "h1", Map.of()), service("shop-alice_db", "h2", Map.of()),
                        new Resource(ResourceKind.NETWORK, "shop-alice_default", "n1", Map.of())),
                List.of(service("shop-alice_web", "h1", Map.of()), service("shop-alice_old", "h9", Map.of())),
                List.of());
        assertThat(plan.changes()).containsExactly(
                new Change(Change.Action.CREATE, ResourceKind.NETWORK, "shop-alice_default", List.of()),
                new Change(Change.Action.CREATE, ResourceKind.SERVICE, "shop-alice_db", List.of()),
                new Change(Change.Action.REMOVE, ResourceKind.SERVICE, "shop-alice_old", List.of()),
                new Change(Change.Action.KEEP, ResourceKind.SERVICE, "shop-alice_web", List.of()));
        assertThat(plan.changesNothing()).isFalse();
    }

    @Test
    void anUpdateNamesTheFieldsThatChangedIgnoringEngineDefaults() {
        Plan plan = Planner.plan(ENV,
                List.of(service("shop-alice_web", "new", Map.of(
                        "TaskTemplate.ContainerSpec.Image", "web:2",
                        "TaskTemplate.ContainerSpec.Env.0", "A=1",
                        "Mode.Replicated.Replicas", "2"))),
                List.of(service("shop-alice_web", "old", Map.of(
                        "TaskTemplate.ContainerSpec.Image", "web:1",
                        "TaskTemplate.ContainerSpec.Env.0", "A=1",
                        "TaskTemplate.ContainerSpec.Env.1", "B=2",
                        "TaskTemplate.ForceUpdate", "0",
                        "Mode.Replicated.Replicas", "2"))),
                List.of());
        assertThat(plan.of(Change.Action.UPDATE)).singleElement().satisfies(c -> assertThat(c.changedFields())
                .containsExactly("TaskTemplate.ContainerSpec.Env", "TaskTemplate.ContainerSpec.Image"));
    }

    @Test
    void fieldsTheEngineFillsIntoAListItemAreNoChange() {
        Plan plan = Planner.plan(ENV,
                List.of(service("shop-alice_web", "new", Map.of(
                        "TaskTemplate.ContainerSpec.Configs.0.ConfigName", "c1",
                        "TaskTemplate.ContainerSpec.Image", "web:2"))),
                List.of(service("shop-alice_web", "old", Map.of(
                        "TaskTemplate.ContainerSpec.Configs.0.ConfigName", "c1",
                        "TaskTemplate.ContainerSpec.Configs.0.ConfigID", "abc123",
                        "TaskTemplate.ContainerSpec.Image", "web:1"))),
                List.of());
        assertThat(plan.of(Change.Action.UPDATE)).singleElement().satisfies(c -> assertThat(c.changedFields())
                .containsExactly("TaskTemplate.ContainerSpec.Image"));
    }

    @Test
    void anUnchangedEnvironmentChangesNothing() {
        Plan plan = Planner.plan(ENV, List.of(service("shop-alice_web", "h", Map.of())),
                List.of(service("shop-alice_web", "h", Map.of())), List.of());
        assertThat(plan.changesNothing()).isTrue();
    }

    @Test
    void imagesUpMakesAreNoChangeAPreviewCanKnowOf() {
        Plan plan = Planner.plan(ENV,
                List.of(service("shop-alice_gateway", "planned", Map.of(
                                "TaskTemplate.ContainerSpec.Image", "berth/jre:17",
                                "Labels.com.docker.stack.image", "berth/jre:17")),
                        service("shop-alice_orders", "planned", Map.of(
                                "TaskTemplate.ContainerSpec.Image", "berth/jre:17",
                                "TaskTemplate.ContainerSpec.Env.0", "A=2")),
                        service("shop-alice_db", "planned", Map.of("TaskTemplate.ContainerSpec.Image", "db:2"))),
                List.of(service("shop-alice_gateway", "deployed", Map.of(
                                "TaskTemplate.ContainerSpec.Image", "berth-module/shop-gateway:0123456789ab",
                                "Labels.com.docker.stack.image", "berth-module/shop-gateway:0123456789ab")),
                        service("shop-alice_orders", "deployed", Map.of(
                                "TaskTemplate.ContainerSpec.Image", "berth-module/shop-orders:0123456789ab",
                                "TaskTemplate.ContainerSpec.Env.0", "A=1")),
                        service("shop-alice_db", "deployed", Map.of("TaskTemplate.ContainerSpec.Image", "db:1"))),
                List.of()).imagesMadeOnUp(java.util.Set.of("gateway", "orders"));
        assertThat(plan.changes()).containsExactly(
                new Change(Change.Action.UPDATE, ResourceKind.SERVICE, "shop-alice_db",
                        List.of("TaskTemplate.ContainerSpec.Image")),
                new Change(Change.Action.KEEP, ResourceKind.SERVICE, "shop-alice_gateway", List.of()),
                new Change(Change.Action.UPDATE, ResourceKind.SERVICE, "shop-alice_orders",
                        List.of("TaskTemplate.ContainerSpec.Env")));
        assertThat(plan.notices()).containsExactly("the images of gateway, orders are made by berth up (compile step,"
                + " build:), so whether they change is not shown here; everything else is compared");
        assertThat(Planner.plan(ENV, List.of(), List.of(), List.of()).imagesMadeOnUp(java.util.Set.of()).notices())
                .isEmpty();
    }
}
