package dev.berth.swarm.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Planner;
import dev.berth.engine.plan.Resource;
import dev.berth.engine.plan.ResourceKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlattenTest {

    private static ServiceSpec service(List<String> env) {
        ContainerSpec container = new ContainerSpec("nginx:1.25", null, null, null, null, env, null, null, null, true, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new ServiceSpec("shop-alice_web", Map.of(Labels.SPEC_HASH, "abc", "a.b", "1"),
                new TaskSpec(container, null, null, null, null, null), ServiceMode.ofGlobal(), null, null, null);
    }

    @Test
    void namesEveryScalarByItsDottedPath() {
        assertThat(Flatten.of(service(List.of("A=1", "B=2")))).containsExactly(
                entry("Labels.a.b", "1"),
                entry("Mode.Global", "{}"),
                entry("Name", "shop-alice_web"),
                entry("TaskTemplate.ContainerSpec.Env.0", "A=1"),
                entry("TaskTemplate.ContainerSpec.Env.1", "B=2"),
                entry("TaskTemplate.ContainerSpec.Image", "nginx:1.25"),
                entry("TaskTemplate.ContainerSpec.TTY", "true"));
    }

    @Test
    void letsThePlannerNameTheFieldThatChanged() {
        ServiceSpec have = service(List.of("A=1"));
        ServiceSpec want = service(List.of("A=2"));
        var plan = Planner.plan(new EnvironmentName("shop-alice"),
                List.of(new Resource(ResourceKind.SERVICE, want.name(), SpecHash.of(want), Flatten.of(want))),
                List.of(new Resource(ResourceKind.SERVICE, have.name(), SpecHash.of(have), Flatten.of(have))), List.of());

        assertThat(plan.changes()).containsExactly(new Change(Change.Action.UPDATE, ResourceKind.SERVICE, "shop-alice_web",
                List.of("TaskTemplate.ContainerSpec.Env")));
    }
}
