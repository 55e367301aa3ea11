package dev.berth.engine.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdmissionCheckTest {

    static final long GIB = 1L << 30;
    static final long MIB = 1L << 20;
    static final long CPU = 1_000_000_000L;

    static NodeCapacity node(String name, String role, long cpus, long memory, Map<String, String> labels) {
        return new NodeCapacity("id-" + name, name, role, "active", "ready", labels, Map.of("disk", name.equals("n3") ? "ssd" : "hdd"),
                "linux", "x86_64", cpus * CPU, memory);
    }

    static List<NodeCapacity> threeNodes() {
        return List.of(node("n1", "manager", 2, 4 * GIB, Map.of("zone", "a")),
                node("n2", "worker", 2, 4 * GIB, Map.of("zone", "a")),
                node("n3", "worker", 2, 4 * GIB, Map.of("zone", "b")));
    }

    static Demand replicas(String service, int n, long memory, long nanoCpus) {
        return new Demand(service, n, false, nanoCpus, memory, List.of(), List.of(), 0);
    }

    static AdmissionResult check(List<NodeCapacity> nodes, List<TaskLoad> tasks, Demand... demands) {
        return AdmissionCheck.check(new ClusterState(nodes, tasks), List.of(demands), Set.of());
    }

    static TaskLoad task(String node, String service, String env, long memory, long nanoCpus) {
        return new TaskLoad("t-" + node + service + memory, "id-" + node, service, env, nanoCpus, memory, true);
    }

    @Test
    void spreadsReplicasOneOnEachNode() {
        AdmissionResult r = check(threeNodes(), List.of(), replicas("e_web", 3, GIB, CPU / 2));
        assertThat(r.fits()).isTrue();
        assertThat(r.nodesByService().get("e_web")).containsExactly("n1", "n2", "n3");
    }

    @Test
    void prefersNodesWithFewestTasksOverall() {
        List<TaskLoad> others = List.of(task("n1", "other_a", null, MIB, 0), task("n1", "other_b", null, MIB, 0),
                task("n2", "other_c", null, MIB, 0));
        AdmissionResult r = check(threeNodes(), others, replicas("e_web", 2, MIB, 0));
        assertThat(r.nodesByService().get("e_web")).containsExactly("n3", "n2");
    }

    @Test
    void prefersNodesWithFewestTasksOfTheServiceBeforeFewestOverall() {
        List<TaskLoad> tasks = List.of(task("n3", "e_web", "e", MIB, 0), task("n1", "x", null, MIB, 0),
                task("n1", "y", null, MIB, 0));
        AdmissionResult r = check(threeNodes(), tasks, replicas("e_web", 1, MIB, 0));
        assertThat(r.nodesByService().get("e_web")).containsExactly("n2");
    }

    @Test
    void fillsTheEmptiestNodesFirstThenGoesRound() {
        List<TaskLoad> tasks = List.of(task("n1", "e_web", "e", MIB, 0), task("n1", "e_web", "e", 2 * MIB, 0));
        AdmissionResult r = check(threeNodes(), tasks, replicas("e_web", 4, MIB, 0));
        // Swarm's first pass moves on only when the next node is better, so n3 takes two before n1 has its turn
        assertThat(r.nodesByService().get("e_web")).containsExactly("n2", "n3", "n3", "n1");
    }

    @Test
    void skipsNodesWithoutTheReservationFree() {
        List<TaskLoad> tasks = List.of(task("n1", "big", null, 3 * GIB, 0), task("n2", "big", null, 3 * GIB, 0));
        AdmissionResult r = check(threeNodes(), tasks, replicas("e_db", 2, 3 * GIB, 0));
        assertThat(r.nodesByService().get("e_db")).containsExactly("n3");
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            assertThat(f.service()).isEqualTo("e_db");
            assertThat(f.needs()).isEqualTo("3.0 GiB, 0.0 CPU × 2");
            assertThat(f.placed()).isEqualTo(1);
            assertThat(f.best().node()).isEqualTo("n1");
            assertThat(f.why()).isEqualTo("1 of 2 tasks fit; no node has 3.0 GiB free memory (best: n1, 1.0 GiB)");
        });
    }

    @Test
    void namesTheCpuShortage() {
        AdmissionResult r = check(threeNodes(), List.of(), replicas("e_calc", 1, MIB, 3 * CPU));
        assertThat(r.refusals()).singleElement().extracting(Refusal::why)
                .isEqualTo("no node has 3.0 CPU free (best: n1, 2.0 CPU)");
    }

    @Test
    void namesMemoryAndCpuThatNoSingleNodeHasBoth() {
        List<TaskLoad> tasks = List.of(task("n1", "a", null, 3 * GIB, 0), task("n2", "b", null, 0, 2 * CPU),
                task("n3", "c", null, 3 * GIB, 2 * CPU));
        AdmissionResult r = check(threeNodes(), tasks, replicas("e_x", 1, 2 * GIB, CPU));
        assertThat(r.refusals()).singleElement().extracting(Refusal::why)
                .isEqualTo("no node has both 2.0 GiB memory and 1.0 CPU free (most memory: n2, 4.0 GiB, 0.0 CPU)");
    }

    @Test
    void honoursConstraintsOnRoleHostnameIdLabelsAndPlatform() {
        assertThat(place(List.of("node.role==worker"), 2)).containsExactly("n2", "n3");
        assertThat(place(List.of("node.role != worker"), 1)).containsExactly("n1");
        assertThat(place(List.of("node.hostname!=n2", "node.hostname!=n3"), 1)).containsExactly("n1");
        assertThat(place(List.of("node.id==id-n2"), 1)).containsExactly("n2");
        assertThat(place(List.of("node.labels.zone==B"), 1)).containsExactly("n3");
        assertThat(place(List.of("engine.labels.disk==ssd"), 1)).containsExactly("n3");
        assertThat(place(List.of("node.platform.os==linux", "node.platform.arch==x86_64"), 3))
                .containsExactly("n1", "n2", "n3");
    }

    private static List<String> place(List<String> constraints, int n) {
        AdmissionResult r = check(threeNodes(), List.of(),
                new Demand("e_s", n, false, 0, MIB, constraints, List.of(), 0));
        assertThat(r.refusals()).isEmpty();
        return r.nodesByService().get("e_s");
    }

    @Test
    void aConstraintThatMatchesNoNodeIsNamed() {
        AdmissionResult r = check(threeNodes(), List.of(),
                new Demand("e_db", 1, false, 0, MIB, List.of("node.role==worker", "node.labels.ssd==true"), List.of(), 0));
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            assertThat(f.why()).isEqualTo("constraint node.labels.ssd==true matches no node");
            assertThat(f.best()).isNotNull();
        });
        AdmissionResult together = check(threeNodes(), List.of(),
                new Demand("e_db", 1, false, 0, MIB, List.of("node.role==manager", "node.labels.zone==b"), List.of(), 0));
        assertThat(together.refusals()).singleElement().extracting(Refusal::why)
                .isEqualTo("constraints node.role==manager and node.labels.zone==b match no node together");
    }

    @Test
    void anInvalidConstraintIsNamed() {
        AdmissionResult r = check(threeNodes(), List.of(),
                new Demand("e_db", 1, false, 0, MIB, List.of("node.role=worker"), List.of(), 0));
        assertThat(r.refusals()).singleElement().extracting(Refusal::why)
                .isEqualTo("constraint node.role=worker has neither == nor !=");
    }

    @Test
    void maxReplicasPerNodeLimitsTasksPerNode() {
        AdmissionResult r = check(threeNodes(), List.of(), new Demand("e_web", 4, false, 0, MIB, List.of(), List.of(), 1));
        assertThat(r.nodesByService().get("e_web")).containsExactly("n1", "n2", "n3");
        assertThat(r.refusals()).singleElement().extracting(Refusal::why)
                .isEqualTo("3 of 4 tasks fit; max_replicas_per_node 1 allows 3 tasks on 3 nodes, 4 wanted");
        AdmissionResult two = check(threeNodes(), List.of(), new Demand("e_web", 4, false, 0, MIB, List.of(), List.of(), 2));
        assertThat(two.fits()).isTrue();
        assertThat(two.nodesByService().get("e_web")).containsExactly("n1", "n2", "n3", "n1");
    }

    @Test
    void spreadsOverLabelValuesFirst() {
        Demand d = new Demand("e_web", 4, false, 0, MIB, List.of(), List.of("node.labels.zone"), 0);
        AdmissionResult r = check(threeNodes(), List.of(), d);
        assertThat(r.fits()).isTrue();
        // zone a has two nodes, zone b one: half of the tasks go to each zone
        assertThat(r.nodesByService().get("e_web")).containsExactlyInAnyOrder("n1", "n2", "n3", "n3");
    }

    @Test
    void aGlobalServiceRunsOnEveryMatchingNode() {
        Demand d = new Demand("e_agent", 0, true, 0, GIB, List.of("node.role==worker"), List.of(), 0);
        AdmissionResult r = check(threeNodes(), List.of(), d);
        assertThat(r.nodesByService().get("e_agent")).containsExactly("n2", "n3");
        AdmissionResult full = check(threeNodes(), List.of(task("n3", "x", null, 7 * GIB / 2, 0)), d);
        assertThat(full.refusals()).singleElement().satisfies(f -> {
            assertThat(f.wanted()).isEqualTo(2);
            assertThat(f.placed()).isEqualTo(1);
            assertThat(f.why()).isEqualTo("global: n3 cannot take a task (n3 has 512 MiB free memory)");
        });
    }

    @Test
    void drainedPausedDownAndUnreadyNodesTakeNoTasks() {
        List<NodeCapacity> nodes = new ArrayList<>(threeNodes());
        nodes.set(0, new NodeCapacity("id-n1", "n1", "manager", "drain", "ready", Map.of(), Map.of(), "linux", "x86_64", 2 * CPU, 4 * GIB));
        nodes.set(1, new NodeCapacity("id-n2", "n2", "worker", "active", "down", Map.of(), Map.of(), "linux", "x86_64", 2 * CPU, 4 * GIB));
        AdmissionResult r = check(nodes, List.of(), replicas("e_web", 2, MIB, 0));
        assertThat(r.nodesByService().get("e_web")).containsExactly("n3", "n3");
        AdmissionResult global = check(nodes, List.of(), new Demand("e_g", 0, true, 0, MIB, List.of(), List.of(), 0));
        assertThat(global.nodesByService().get("e_g")).containsExactly("n3");
        nodes.set(2, new NodeCapacity("id-n3", "n3", "worker", "pause", "ready", Map.of(), Map.of(), "linux", "x86_64", 2 * CPU, 4 * GIB));
        assertThat(check(nodes, List.of(), replicas("e_web", 1, MIB, 0)).refusals()).singleElement()
                .extracting(Refusal::why).isEqualTo("no node is ready and active");
    }

    @Test
    void aReUpCountsTheEnvironmentsOwnTasksAsFreed() {
        List<TaskLoad> own = List.of(task("n1", "e_db", "e", 3 * GIB, 0), task("n2", "e_db", "e", 3 * GIB, 0),
                task("n3", "e_db", "e", 3 * GIB, 0));
        Demand again = replicas("e_db", 3, 3 * GIB, 0);
        ClusterState state = new ClusterState(threeNodes(), own);
        assertThat(AdmissionCheck.check(state, List.of(again), Set.of()).fits()).isFalse();
        AdmissionResult freed = AdmissionCheck.check(state, List.of(again), Set.of("e_db"));
        assertThat(freed.fits()).isTrue();
        assertThat(freed.nodesByService().get("e_db")).containsExactly("n1", "n2", "n3");
        assertThat(freed.after()).allSatisfy(n -> assertThat(n.memoryBytes()).isEqualTo(GIB));
    }

    @Test
    void laterServicesSeeWhatEarlierOnesTook() {
        AdmissionResult r = check(threeNodes(), List.of(), replicas("e_a", 3, 3 * GIB, 0), replicas("e_b", 1, 2 * GIB, 0));
        assertThat(r.refusals()).singleElement().satisfies(f -> {
            assertThat(f.service()).isEqualTo("e_b");
            assertThat(f.why()).isEqualTo("no node has 2.0 GiB free memory (best: n1, 1.0 GiB)");
        });
    }

    @Test
    void tasksThatReserveNothingFitAnywhere() {
        List<TaskLoad> full = List.of(task("n1", "x", null, 4 * GIB, 2 * CPU));
        AdmissionResult r = check(List.of(threeNodes().get(0)), full, replicas("e_web", 2, 0, 0));
        assertThat(r.fits()).isTrue();
    }

    @Test
    void countsOnlyTasksThatHoldResources() {
        assertThat(TaskLoad.holdsResources("n1", "running", "running")).isTrue();
        assertThat(TaskLoad.holdsResources("n1", "running", "shutdown")).isTrue();
        assertThat(TaskLoad.holdsResources("n1", "pending", "shutdown")).isFalse();
        assertThat(TaskLoad.holdsResources("n1", "complete", "complete")).isFalse();
        assertThat(TaskLoad.holdsResources("", "pending", "running")).isFalse();
        assertThat(TaskLoad.counts("running")).isTrue();
        assertThat(TaskLoad.counts("shutdown")).isFalse();
    }

    @Test
    void quantitiesReadAsPeopleWriteThem() {
        assertThat(Quantities.memory(128 * MIB)).isEqualTo("128 MiB");
        assertThat(Quantities.memory(GIB + GIB / 10)).isEqualTo("1.1 GiB");
        assertThat(Quantities.cpus(CPU / 10)).isEqualTo("0.1 CPU");
        assertThat(Quantities.cpus(CPU / 4)).isEqualTo("0.25 CPU");
        assertThat(Quantities.cpus(2 * CPU)).isEqualTo("2.0 CPU");
    }

    @Test
    void aPortPublishedInHostModeIsTakenOncePerNode() {
        Demand web = new Demand("e_web", 4, false, 0, MIB, List.of(), List.of(), 0, List.of("8080/tcp"));
        AdmissionResult r = check(threeNodes(), List.of(), web);
        assertThat(r.nodesByService().get("e_web")).containsExactly("n1", "n2", "n3");
        assertThat(r.refusals()).singleElement().extracting(Refusal::why).isEqualTo(
                "3 of 4 tasks fit; host-mode port 8080/tcp is taken on every node it may use (one task per node and port)");
        TaskLoad other = new TaskLoad("t", "id-n1", "f_web", "f", 0, MIB, true, List.of("8080/tcp"));
        AdmissionResult taken = check(threeNodes(), List.of(other),
                new Demand("e_web", 2, false, 0, MIB, List.of(), List.of(), 0, List.of("8080/tcp")));
        assertThat(taken.nodesByService().get("e_web")).containsExactly("n2", "n3");
        AdmissionResult global = check(threeNodes(), List.of(other),
                new Demand("e_agent", 0, true, 0, MIB, List.of(), List.of(), 0, List.of("8080/tcp")));
        assertThat(global.refusals()).singleElement().extracting(Refusal::why)
                .isEqualTo("global: n1 cannot take a task (n1 has host-mode port 8080/tcp taken)");
    }
}
