package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.ServiceMode;
import dev.berth.swarm.spec.SpecJson;
import org.junit.jupiter.api.Test;

class ModesTest {

    private static ServiceMode mode(String deploy) {
        return Projects.service("""
                services:
                  app:
                    image: app:1
                """ + deploy.indent(4), "app").mode();
    }

    @Test
    void runsOneReplicaByDefault() {
        assertThat(mode("")).isEqualTo(ServiceMode.ofReplicas(1));
    }

    @Test
    void runsTheReplicasAsked() {
        assertThat(mode("deploy: {replicas: 3}")).isEqualTo(ServiceMode.ofReplicas(3));
        assertThat(mode("deploy: {replicas: 0}")).isEqualTo(ServiceMode.ofReplicas(0));
        assertThat(mode("scale: 2")).isEqualTo(ServiceMode.ofReplicas(2));
    }

    @Test
    void runsAGlobalServiceOnEveryNode() {
        assertThat(SpecJson.write(mode("deploy: {mode: global}"))).isEqualTo("{\"Global\":{}}");
    }

    @Test
    void runsAReplicatedJobToItsCompletions() {
        assertThat(mode("deploy: {mode: replicated-job, replicas: 4}")).isEqualTo(ServiceMode.ofReplicatedJob(4L, 4L));
        assertThat(SpecJson.write(mode("deploy: {mode: replicated-job}"))).isEqualTo("{\"ReplicatedJob\":{}}");
    }

    @Test
    void runsAGlobalJobOnceOnEveryNode() {
        assertThat(SpecJson.write(mode("deploy: {mode: global-job}"))).isEqualTo("{\"GlobalJob\":{}}");
    }

    @Test
    void refusesAnUnknownMode() {
        assertThat(Projects.problems("""
                services:
                  app:
                    image: app:1
                    deploy: {mode: daemon}
                """, Projects.options())).containsExactly("services.app.deploy.mode: unknown mode \"daemon\"; expected"
                + " replicated, global, replicated-job or global-job");
    }

    @Test
    void leavesOutTheRolloutOfAJobWhichSwarmRefuses() {
        Stack stack = Projects.convert("""
                services:
                  migrate:
                    image: app:1
                    deploy:
                      mode: replicated-job
                      update_config: {parallelism: 2}
                """);

        assertThat(stack.services().get("migrate").updateConfig()).isNull();
        assertThat(stack.warnings()).containsExactly("services.migrate.deploy.update_config: a job is not rolled out; ignored");
    }
}
