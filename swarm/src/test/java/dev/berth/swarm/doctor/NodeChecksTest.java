package dev.berth.swarm.doctor;

import static dev.berth.swarm.doctor.Observations.GIB;
import static dev.berth.swarm.doctor.Observations.engine;
import static dev.berth.swarm.doctor.Observations.host;
import static dev.berth.swarm.doctor.Observations.manager;
import static dev.berth.swarm.doctor.Observations.roomy;
import static dev.berth.swarm.doctor.Observations.with;
import static dev.berth.swarm.doctor.Observations.worker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.doctor.Check.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeChecksTest {

    static final NodeState M = manager("m0000000000000001", "alpha");
    static final NodeState W = worker("w0000000000000002", "beta");

    @Test
    void enginesPassWhenEveryNodeIsReadyAndEveryEngineAnswers() {
        Check c = NodeChecks.engines(List.of(M, W), List.of(engine("unix:///m", M.id(), 0, roomy()),
                engine("tcp://10.1.0.2:2376", W.id(), 0, roomy())));
        assertThat(c.status()).isEqualTo(Status.PASS);
        assertThat(c.summary()).isEqualTo("2 of 2 nodes ready; 2 node engines answer");
    }

    @Test
    void aDownNodeAndASilentEngineFailByName() {
        NodeState down = with(W, "down", "20.10.24", "", false);
        EngineReading silent = new EngineReading("unix:///w", "beta", null, "connection refused", null, null, false);
        Check c = NodeChecks.engines(List.of(M, down), List.of(engine("unix:///m", M.id(), 0, roomy()), silent));
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.summary()).contains("node beta (w00000000000) is down")
                .contains("the engine at unix:///w (node beta (w00000000000)) does not answer: connection refused");
        assertThat(c.fix()).contains("start the engine");
    }

    @Test
    void aNodeWithoutEngineIsNotedAndAnEngineOfAnotherSwarmWarned() {
        Check c = NodeChecks.engines(List.of(M, W), List.of(engine("unix:///m", M.id(), 0, roomy()),
                engine("unix:///x", "other-swarm-node", 0, roomy())));
        assertThat(c.status()).isEqualTo(Status.WARN);
        assertThat(c.summary()).contains("the engine at unix:///x is node other-swarm- of another swarm")
                .contains("no engine matched to beta (w00000000000)");
    }

    @Test
    void managersQuorumEvenCountAndUnreachable() {
        NodeState m2 = manager("m2", "m2");
        NodeState m3 = with(manager("m3", "m3"), "down", "20.10.24", "unreachable", false);
        NodeState m4 = with(manager("m4", "m4"), "down", "20.10.24", "unreachable", false);
        assertThat(NodeChecks.managers(List.of(M, W)).status()).isEqualTo(Status.PASS);
        assertThat(NodeChecks.managers(List.of(M, m2, manager("m5", "m5"))).summary()).isEqualTo("3 managers, quorum of 2 holds");
        Check even = NodeChecks.managers(List.of(M, m2));
        assertThat(even.status()).isEqualTo(Status.WARN);
        assertThat(even.summary()).isEqualTo("2 managers: an even number tolerates no more failures than 1");
        Check one = NodeChecks.managers(List.of(M, m2, m3));
        assertThat(one.status()).isEqualTo(Status.WARN);
        assertThat(one.summary()).startsWith("2 of 3 managers reachable (quorum holds); unreachable: m3 (m3) (unreachable)");
        Check lost = NodeChecks.managers(List.of(M, m3, m4));
        assertThat(lost.status()).isEqualTo(Status.FAIL);
        assertThat(lost.summary()).startsWith("quorum lost: 1 of 3 managers reachable");
        assertThat(lost.fix()).contains("--force-new-cluster");
    }

    @Test
    void mixedEngineVersionsWarn() {
        Check c = NodeChecks.versions(List.of(M, with(W, "ready", "24.0.5", "", false)));
        assertThat(c.status()).isEqualTo(Status.WARN);
        assertThat(c.summary()).isEqualTo("mixed engine versions: 20.10.24 on alpha (m00000000000); 24.0.5 on beta (w00000000000)");
    }

    @Test
    void clockSkewBetweenNodes() {
        assertThat(NodeChecks.clocks(List.of(engine("a", M.id(), 100, null), engine("b", W.id(), -300, null)), List.of(M, W)).status())
                .isEqualTo(Status.PASS);
        Check warn = NodeChecks.clocks(List.of(engine("a", M.id(), 2500, null), engine("b", W.id(), 0, null)), List.of(M, W));
        assertThat(warn.status()).isEqualTo(Status.WARN);
        assertThat(warn.summary()).isEqualTo("the clocks of 2 nodes differ by up to 2.5 s: alpha (m00000000000) is ahead of"
                + " beta (w00000000000)");
        assertThat(warn.fix()).contains("chrony");
        assertThat(NodeChecks.clocks(List.of(engine("a", M.id(), 0, null), engine("b", W.id(), -90_000, null)), List.of(M, W))
                .status()).isEqualTo(Status.FAIL);
        assertThat(NodeChecks.clocks(List.of(engine("a", M.id(), 0, null)), List.of(M)).status()).isEqualTo(Status.SKIP);
    }

    @Test
    void diskAndMemoryThresholds() {
        assertThat(NodeChecks.resources(List.of(engine("a", M.id(), 0, roomy())), List.of(M)).status()).isEqualTo(Status.PASS);
        Check low = NodeChecks.resources(List.of(engine("a", M.id(), 0, host(3 * GIB, 20 * GIB, 8 * GIB, List.of()))), List.of(M));
        assertThat(low.status()).isEqualTo(Status.WARN);
        assertThat(low.summary()).isEqualTo("alpha (m00000000000): 3.0 GiB disk free (15%)");
        Check full = NodeChecks.resources(List.of(engine("a", M.id(), 0, host(100 * GIB, 200 * GIB, 100L << 20, List.of()))),
                List.of(M));
        assertThat(full.status()).isEqualTo(Status.FAIL);
        assertThat(full.summary()).isEqualTo("alpha (m00000000000): 100 MiB memory available");
        assertThat(full.fix()).contains("drain");
    }

    @Test
    void gwbridgeMissingFailsNamingTheNode() {
        EngineReading without = new EngineReading("unix:///w", "", engine("x", W.id(), 0, null).info(), null, null, null, false);
        Check c = NodeChecks.gwbridge(List.of(engine("unix:///m", M.id(), 0, roomy()), without), List.of(M, W));
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.summary()).isEqualTo("docker_gwbridge is missing on beta (w00000000000)");
        assertThat(c.fix()).contains("com.docker.network.bridge.name=docker_gwbridge");
        assertThat(NodeChecks.gwbridge(List.of(engine("unix:///m", M.id(), 0, roomy())), List.of(M)).summary())
                .isEqualTo("present on 1 node");
    }
}
