package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.admission.AdmissionCheck;
import dev.berth.engine.admission.AdmissionResult;
import dev.berth.engine.admission.ClusterState;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.admission.NodeCapacity;
import dev.berth.engine.admission.TaskLoad;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.PlanReport;
import dev.berth.engine.plan.ResourceKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The output of {@code berth plan}, against golden files; {@code -Dberth.golden.update=true}
 * writes them anew, to be reviewed in the diff.
 */
class PlanRendererTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final long GIB = 1L << 30;
    private static final long CPU = 1_000_000_000L;

    private static final List<NodeCapacity> NODES = List.of(
            new NodeCapacity("id1", "node1", "manager", "active", "ready", Map.of(), Map.of(), "linux", "x86_64", 2 * CPU, 8 * GIB),
            new NodeCapacity("id2", "node2", "worker", "active", "ready", Map.of(), Map.of(), "linux", "x86_64", 2 * CPU, 8 * GIB),
            new NodeCapacity("id3", "node3", "worker", "active", "ready", Map.of(), Map.of(), "linux", "x86_64", 2 * CPU, 8 * GIB));

    private static final Plan PLAN = new Plan(new EnvironmentName("shop-alice"), List.of(
            new Change(Change.Action.CREATE, ResourceKind.NETWORK, "shop-alice_default", List.of()),
            new Change(Change.Action.KEEP, ResourceKind.SERVICE, "shop-alice_db", List.of()),
            new Change(Change.Action.REMOVE, ResourceKind.SERVICE, "shop-alice_old", List.of()),
            new Change(Change.Action.UPDATE, ResourceKind.SERVICE, "shop-alice_web",
                    List.of("TaskTemplate.ContainerSpec.Env", "TaskTemplate.Resources.Reservations.MemoryBytes"))),
            List.of("services.web.privileged: Docker Swarm cannot run privileged containers; ignored"));

    private static final List<PlanReport.Port> PORTS = List.of(new PlanReport.Port("web", 8080, 80, "tcp", "host"));

    private static PlanView view(Demand... demands) {
        List<TaskLoad> tasks = List.of(new TaskLoad("t1", "id1", "shop-alice_db", "shop-alice", CPU / 2, 6 * GIB, true),
                new TaskLoad("t2", "id2", "shop-alice_web", "shop-alice", CPU / 10, GIB, true),
                new TaskLoad("t3", "id3", "other_cache", "other", CPU, 5 * GIB, true));
        AdmissionResult result = AdmissionCheck.check(new ClusterState(NODES, tasks), List.of(demands),
                Set.of("shop-alice_web", "shop-alice_old"));
        return new PlanView("shop-alice", PLAN, false, "cached", PORTS, List.of(demands), result);
    }

    private static final Demand WEB = new Demand("shop-alice_web", 2, false, CPU / 4, 2 * GIB, List.of(), List.of(), 0);
    private static final Demand HUGE = new Demand("shop-alice_web", 3, false, CPU / 4, 4 * GIB,
            List.of("node.role==worker"), List.of(), 0);

    @Test
    void showsAPlanThatFits() throws IOException {
        PlanView v = view(WEB);
        assertThat(v.admission().fits()).isTrue();
        matches("plan-fits.txt", PlanRenderer.text(v));
        matches("plan-fits.json", PlanRenderer.json(v));
    }

    @Test
    void showsWhatDoesNotFitAndWhy() throws IOException {
        PlanView v = view(HUGE);
        assertThat(v.admission().fits()).isFalse();
        String text = PlanRenderer.text(v);
        assertThat(text).contains("berth up would create nothing and exit 3",
                "2 of 3 tasks fit; no node has 4.0 GiB free memory (best: node3, 3.0 GiB)");
        matches("plan-refused.txt", text);
        matches("plan-refused.json", PlanRenderer.json(v));
    }

    @Test
    void saysWhenTheIpvsAnswerIsAssumed() {
        PlanView v = view(WEB);
        PlanView assumed = new PlanView(v.environment(), v.plan(), false, "assumed", v.ports(), v.demands(), v.admission());
        assertThat(PlanRenderer.text(assumed)).contains("routing: no IPVS (not probed yet: berth up would probe first;"
                + " the fallback is assumed here (--ipvs on|off to choose))");
    }

    @Test
    void theRefusalTableNamesServiceNeedsBestNodeAndWhy() {
        StringWriter out = new StringWriter();
        AdmissionTable.print(AdmissionReport.refusalRows("shop-alice", view(HUGE).admission().refusals()),
                new PrintWriter(out, true));
        assertThat(out.toString().lines().toList()).containsExactly(
                "SERVICE   NEEDS                   BEST NODE FREE            WHY",
                "web       4.0 GiB, 0.25 CPU × 3   node3: 3.0 GiB, 1.0 CPU   2 of 3 tasks fit; no node has 4.0 GiB free memory"
                        + " (best: node3, 3.0 GiB)");
    }

    private static void matches(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("berth.golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("berth.golden.update")) {
                throw new AssertionError("golden file " + golden + " was missing and has been written; review it");
            }
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
