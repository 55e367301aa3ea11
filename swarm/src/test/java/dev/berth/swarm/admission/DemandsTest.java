package dev.berth.swarm.admission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.config.AdmissionSettings;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.convert.ConvertOptions;
import dev.berth.swarm.convert.Stack;
import dev.berth.swarm.convert.StackConverter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemandsTest {

    private static final EnvironmentName ENV = new EnvironmentName("shop-alice");

    private static final String YAML = """
            services:
              web:
                image: web:1
                depends_on: [db]
                ports: ["8080:80"]
                deploy:
                  replicas: 3
                  placement:
                    constraints: [node.role==worker]
                    preferences: [{spread: node.labels.zone}]
                    max_replicas_per_node: 2
              db:
                image: db:1
                deploy:
                  resources:
                    reservations: {memory: 2g, cpus: "0.5"}
              agent:
                image: agent:1
                deploy: {mode: global}
              migrate:
                image: migrate:1
                deploy: {mode: replicated-job, replicas: 4}
              old:
                image: old:1
            """;

    private static Stack stack(Project project) {
        ConvertOptions options = new ConvertOptions(false, Map.of(), path -> {
            throw new NoSuchFileException(path.toString());
        }, Map.of(), null, null).withDefaults(new AdmissionSettings(AdmissionSettings.DEFAULT_RESERVATION,
                AdmissionSettings.DEFAULT_LIMIT));
        return StackConverter.convert(project, ENV, options);
    }

    @Test
    void demandsEveryServiceThatChangesInStartOrderAndFreesWhatIsReplaced() {
        Project project = ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", YAML), "shop");
        Plan plan = new Plan(ENV, List.of(
                new Change(Change.Action.CREATE, ResourceKind.SERVICE, "shop-alice_web", List.of()),
                new Change(Change.Action.UPDATE, ResourceKind.SERVICE, "shop-alice_db", List.of("TaskTemplate")),
                new Change(Change.Action.CREATE, ResourceKind.SERVICE, "shop-alice_agent", List.of()),
                new Change(Change.Action.CREATE, ResourceKind.SERVICE, "shop-alice_migrate", List.of()),
                new Change(Change.Action.KEEP, ResourceKind.SERVICE, "shop-alice_old", List.of()),
                new Change(Change.Action.REMOVE, ResourceKind.SERVICE, "shop-alice_gone", List.of())), List.of());
        Demands demands = Demands.of(project, stack(project).services(), plan);

        assertThat(demands.demands()).extracting(Demand::service)
                .containsExactly("shop-alice_agent", "shop-alice_db", "shop-alice_migrate", "shop-alice_web");
        assertThat(demands.freed()).containsExactlyInAnyOrder("shop-alice_db", "shop-alice_gone");
        Map<String, Demand> byName = new java.util.HashMap<>();
        demands.demands().forEach(d -> byName.put(d.service(), d));
        assertThat(byName.get("shop-alice_agent").global()).isTrue();
        assertThat(byName.get("shop-alice_db")).satisfies(d -> {
            assertThat(d.memoryBytes()).isEqualTo(2L << 30);
            assertThat(d.nanoCpus()).isEqualTo(500_000_000L);
            assertThat(d.tasks()).isEqualTo(1);
        });
        assertThat(byName.get("shop-alice_migrate").tasks()).isEqualTo(4);
        assertThat(byName.get("shop-alice_web")).satisfies(d -> {
            assertThat(d.tasks()).isEqualTo(3);
            assertThat(d.memoryBytes()).isEqualTo(128L << 20);
            assertThat(d.nanoCpus()).isEqualTo(100_000_000L);
            assertThat(d.constraints()).containsExactly("node.role==worker");
            assertThat(d.spreads()).containsExactly("node.labels.zone");
            assertThat(d.maxPerNode()).isEqualTo(2);
            assertThat(d.hostPorts()).containsExactly("8080/tcp");
        });
    }
}
