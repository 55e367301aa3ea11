package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.ServiceSpec;
import dev.berth.swarm.spec.UpdateConfig;
import org.junit.jupiter.api.Test;

class UpdateConfigTest {

    @Test
    void rollsOutWithDurationsInNanoseconds() {
        ServiceSpec app = Projects.service("""
                services:
                  app:
                    image: app:1
                    deploy:
                      update_config:
                        parallelism: 2
                        delay: 10s
                        failure_action: rollback
                        monitor: 1m
                        max_failure_ratio: 0.25
                        order: start-first
                      rollback_config:
                        parallelism: 0
                        order: stop-first
                """, "app");

        assertThat(app.updateConfig()).isEqualTo(new UpdateConfig(2L, 10_000_000_000L, "rollback", 60_000_000_000L, 0.25,
                "start-first"));
        assertThat(app.rollbackConfig()).isEqualTo(new UpdateConfig(0L, null, null, null, null, "stop-first"));
    }

    @Test
    void updatesOneTaskAtATimeUnlessToldOtherwise() {
        ServiceSpec app = Projects.service("""
                services:
                  app:
                    image: app:1
                    deploy:
                      update_config: {order: start-first}
                """, "app");

        assertThat(app.updateConfig().parallelism()).isEqualTo(1L);
        assertThat(app.rollbackConfig()).isNull();
    }
}
