package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.gc.Removal;
import dev.berth.swarm.gc.GarbageCollection.NodeReport;
import dev.berth.swarm.gc.GarbageCollection.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How gc reports a node whose engine did not answer, and the exit code a cron job sees. */
class GcReportTest {

    private static final String DEAD = "unix:///run/berth-dev/nowhere.sock";
    private static final Removal VOLUME = new Removal(Removal.Kind.VOLUME, "shop_data", "shop_data",
            "environment shop is gone", 2048);

    private static Report report(NodeReport... nodes) {
        return new Report(List.of("shop"), List.of(), List.of(nodes));
    }

    private static NodeReport reachable(String node, Removal... removed) {
        return new NodeReport(node, List.of(removed), List.of(), null);
    }

    private static NodeReport unreachable(String node) {
        return new NodeReport(node, List.of(), List.of(), "Connection refused");
    }

    @Test
    void everyNodeAnsweringExitsZeroAndASkippedNodeExitsFour() {
        assertThat(ExitCodes.of(report(reachable("tcp://a:2376", VOLUME)))).isEqualTo(ExitCodes.OK);
        assertThat(ExitCodes.of(new Report(List.of(), List.of(), List.of()))).isEqualTo(ExitCodes.OK);
        assertThat(ExitCodes.of(report(reachable("tcp://a:2376"), unreachable(DEAD)))).isEqualTo(ExitCodes.INCOMPLETE);
        // a node that stopped answering half-way counts as skipped too: the rest of it is left
        NodeReport halfway = new NodeReport("tcp://b:2376", List.of(VOLUME), List.of(), "Connection reset");
        assertThat(ExitCodes.of(report(halfway))).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(ExitCodes.INCOMPLETE).isNotIn(ExitCodes.OK, ExitCodes.FAILURE, ExitCodes.INVALID_INPUT,
                ExitCodes.REFUSED);
    }

    @Test
    void theTableNamesTheSkippedNodeAndWhy() {
        String out = print(false, report(reachable("tcp://a:2376", VOLUME), unreachable(DEAD)));
        assertThat(out).contains("removed expired environment shop\n",
                "removed volume shop_data on tcp://a:2376 (environment shop is gone)\n",
                "skipped node " + DEAD + ": unreachable: Connection refused; nothing removed there (the next gc"
                        + " collects it once its engine answers)\n");
        assertThat(out).containsPattern(java.util.regex.Pattern.quote(DEAD) + " +- +- +- +unreachable\n")
                .containsPattern("total +0 +0 +1 +");
    }

    @Test
    void aSkippedNodeIsNamedAlsoWhenNothingElseIsToCollect() {
        String out = print(true, new Report(List.of(), List.of(), List.of(reachable("tcp://a:2376"), unreachable(DEAD))));
        assertThat(out).isEqualTo("skipped node " + DEAD + ": unreachable: Connection refused; nothing would be removed"
                + " there (the next gc collects it once its engine answers)\nnothing to collect\n");
    }

    @Test
    void aNodeThatStoppedAnsweringHalfWayKeepsWhatWasRemoved() {
        NodeReport halfway = new NodeReport("tcp://b:2376", List.of(VOLUME), List.of(), "Connection reset");
        String out = print(false, report(halfway));
        assertThat(out).contains("removed volume shop_data on tcp://b:2376",
                "skipped node tcp://b:2376: unreachable: Connection reset; the rest of it is left");
        assertThat(out).containsPattern("tcp://b:2376 +0 +0 +1 +2");
    }

    @Test
    void jsonGivesEachNodeWhyItWasUnreachableOrNull() {
        JsonNode json = TableFormat.JSON.valueToTree(GcCommand.GcJson.of(
                report(reachable("tcp://a:2376", VOLUME), unreachable(DEAD)), false));
        assertThat(json.path("nodes").get(0).path("unreachable").isNull()).isTrue();
        JsonNode dead = json.path("nodes").get(1);
        assertThat(dead.path("node").asText()).isEqualTo(DEAD);
        assertThat(dead.path("unreachable").asText()).isEqualTo("Connection refused");
        assertThat(dead.path("removed")).isEmpty();
        assertThat(dead.path("volumes").asLong()).isZero();
        assertThat(json.path("total").path("volumes").asLong()).isEqualTo(1);
    }

    @Test
    void downsWarningIsPrintedEvenWhenQuiet() {
        StringWriter out = new StringWriter();
        new ProgressPrinter(new PrintWriter(out), ProgressPrinter.Mode.quiet, false)
                .on(new dev.berth.engine.deploy.DeployEvent.Warning("node engine X did not answer"));
        assertThat(out).hasToString("warning: node engine X did not answer\n");
    }

    private static String print(boolean dryRun, Report report) {
        StringWriter out = new StringWriter();
        GcCommand gc = new GcCommand(new Invocation(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                Map.of(), Path.of(".")));
        gc.dryRun = dryRun;
        gc.print(report);
        return out.toString();
    }
}
