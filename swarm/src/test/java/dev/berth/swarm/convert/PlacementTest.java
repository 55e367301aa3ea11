package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.Placement;
import dev.berth.swarm.spec.SpecJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementTest {

    private static Placement placement(String yaml) {
        return Projects.service(yaml, "app").taskTemplate().placement();
    }

    @Test
    void placesTasksByConstraintsPreferencesAndReplicasPerNode() {
        Placement p = placement("""
                services:
                  app:
                    image: app:1
                    deploy:
                      placement:
                        constraints: [node.role == worker, node.labels.ssd == true]
                        preferences:
                          - spread: node.labels.zone
                          - spread: node.labels.rack
                        max_replicas_per_node: 2
                """);

        assertThat(p).isEqualTo(new Placement(List.of("node.role == worker", "node.labels.ssd == true"),
                List.of(Placement.Preference.spreadOver("node.labels.zone"), Placement.Preference.spreadOver("node.labels.rack")),
                2L));
        assertThat(SpecJson.write(p)).contains("\"Preferences\":[{\"Spread\":{\"SpreadDescriptor\":\"node.labels.zone\"}}");
    }

    @Test
    void setsNoPlacementWhenNoneIsGiven() {
        assertThat(placement("""
                services:
                  app:
                    image: app:1
                    deploy:
                      placement: {}
                """)).isNull();
    }
}
