package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.gc.Removal;
import dev.berth.server.job.RecordingJobEvents;
import dev.berth.swarm.gc.GarbageCollection.NodeReport;
import dev.berth.swarm.gc.GarbageCollection.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A gc job names a node whose engine did not answer in its events (as a field too) and in its message. */
class GcReportsTest {

    private static final Removal IMAGE = new Removal(Removal.Kind.IMAGE, "sha256:1", "team/app:1", "unused", 100);

    @Test
    void aSkippedNodeIsAWarningAndPartOfTheSummary() {
        Report report = new Report(List.of(), List.of(), List.of(
                new NodeReport("tcp://a:2376", List.of(IMAGE), List.of(), null),
                new NodeReport("tcp://c:2376", List.of(), List.of(), "Connection refused")));
        RecordingJobEvents events = new RecordingJobEvents();
        GcReports.emit(report, false, events);
        assertThat(events.emitted).containsExactly(
                "notice {\"message\":\"warning: skipped node tcp://c:2376: unreachable: Connection refused; nothing"
                        + " removed there (the next gc collects it once its engine answers)\",\"skippedNode\":\"tcp://c:2376\"}",
                "notice {\"message\":\"removed image team/app:1 on tcp://a:2376 (unused)\"}");
        assertThat(GcReports.summary(report, false)).isEqualTo("removed 0 expired environment(s), 0 container(s),"
                + " 1 image(s), 0 volume(s); 100 bytes reclaimed; skipped 1 node(s) whose engine did not answer:"
                + " tcp://c:2376");
    }

    @Test
    void withEveryNodeAnsweringTheSummaryIsUnchanged() {
        Report report = new Report(List.of(), List.of(), List.of(
                new NodeReport("tcp://a:2376", List.of(), List.of(), null)));
        assertThat(GcReports.summary(report, true)).isEqualTo("nothing to collect");
        assertThat(GcReports.notices(report, true)).isEmpty();
    }
}
