package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.DeviceRequest;
import dev.berth.compose.model.GenericResource;
import dev.berth.compose.model.PlacementPreference;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeployTest {

    @Test
    void readsEveryPartOfDeploy() {
        Deploy d = Binding.service("""
                services:
                  web:
                    image: nginx
                    deploy:
                      mode: replicated
                      replicas: "3"
                      endpoint_mode: dnsrr
                      labels: [tier=front]
                      resources:
                        limits: {cpus: "0.5", memory: 1g, pids: 100}
                        reservations:
                          cpus: 0.25
                          devices: [{capabilities: [gpu], count: all}, {capabilities: [tpu], count: 2}]
                          generic_resources: [{discrete_resource_spec: {kind: SSD, value: 1}}]
                      placement:
                        constraints: [node.role == worker]
                        preferences: [{spread: node.labels.zone}]
                        max_replicas_per_node: 1
                      restart_policy: {condition: on-failure, delay: 5s, max_attempts: 3, window: 2m}
                      update_config: {parallelism: 2, delay: 10s, order: start-first, failure_action: rollback,
                                      monitor: 30s, max_failure_ratio: 0.1}
                      rollback_config: {parallelism: 1}
                """, "web").deploy();
        assertThat(d.mode()).isEqualTo("replicated");
        assertThat(d.replicas()).isEqualTo(3L);
        assertThat(d.endpointMode()).isEqualTo("dnsrr");
        assertThat(d.labels()).containsOnly(entry("tier", "front"));
        assertThat(d.resources().limits().cpus()).isEqualTo(0.5);
        assertThat(d.resources().limits().memory()).isEqualTo(1_073_741_824L);
        assertThat(d.resources().limits().pids()).isEqualTo(100L);
        assertThat(d.resources().reservations().cpus()).isEqualTo(0.25);
        assertThat(d.resources().reservations().devices()).extracting(DeviceRequest::count).containsExactly(-1L, 2L);
        assertThat(d.resources().reservations().genericResources()).containsExactly(new GenericResource("SSD", 1, null));
        assertThat(d.placement().constraints()).containsExactly("node.role == worker");
        assertThat(d.placement().preferences()).containsExactly(new PlacementPreference("node.labels.zone", null));
        assertThat(d.placement().maxReplicasPerNode()).isEqualTo(1L);
        assertThat(d.restartPolicy().delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(d.restartPolicy().window()).isEqualTo(Duration.ofMinutes(2));
        assertThat(d.restartPolicy().maxAttempts()).isEqualTo(3L);
        assertThat(d.updateConfig().order()).isEqualTo("start-first");
        assertThat(d.updateConfig().monitor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.updateConfig().maxFailureRatio()).isEqualTo(0.1);
        assertThat(d.rollbackConfig().parallelism()).isEqualTo(1L);
    }

    @Test
    void leavesTheModeUnsetWhenNotGivenAsComposeGoDoes() {
        assertThat(Binding.service("services:\n  web: {image: nginx, deploy: {replicas: 2}}\n", "web").deploy().mode())
                .isNull();
    }

    @Test
    void foldsScaleIntoReplicas() {
        var web = Binding.service("services:\n  web: {image: nginx, scale: 4}\n", "web");
        assertThat(web.deploy().replicas()).isEqualTo(4L);
        assertThat(web.otherKeys()).doesNotContainKey("scale");
    }

    @Test
    void reportsScaleThatDiffersFromReplicas() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    scale: 2
                    deploy: {replicas: 3}
                """)).containsExactly("compose.yaml:4:5: services.web.scale: scale 2 differs from deploy.replicas 3;"
                + " set only one of them");
    }

    @Test
    void reportsReplicasThatAreNoInteger() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    deploy: {replicas: many}
                """)).containsExactly("compose.yaml:4:24: services.web.deploy.replicas: expected an integer, found a"
                + " string \"many\"");
    }
}
