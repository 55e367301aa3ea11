package dev.berth.server.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.server.BerthServer;
import dev.berth.server.TestDatabases;
import dev.berth.server.store.Database;
import dev.berth.server.store.JobStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs: their states, their events replayed and live, one per environment, and what a restart leaves. */
abstract class JobRunnerTest {

    @TempDir
    Path dir;


    Database db;
    JobRunner runner;

    abstract String url();

    @BeforeEach
    void open() {
        db = Database.open(url());
        runner = new JobRunner(new JobStore(db), BerthServer.json(), 2, 4);
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    JobSummary await(String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JobSummary s = runner.find(id).orElseThrow();
            if (!s.state().equals("queued") && !s.state().equals("running")) {
                return s;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("job " + id + " did not end");
    }

    @Test
    void aJobRunsStoresItsEventsAndEnds() throws Exception {
        Job job = runner.submit("up", "env-a", "alice", Map.of("compose.yaml", "ab".repeat(32)), events -> {
            events.progress("web", "running", "1/1 running");
            events.notice("a notice");
            return new Work.Outcome(true, "environment env-a is up");
        }, () -> { });
        JobSummary done = await(job.id());
        assertThat(done.state()).isEqualTo("succeeded");
        assertThat(done.message()).isEqualTo("environment env-a is up");
        assertThat(done.started()).isNotNull();
        assertThat(done.finished()).isNotNull();
        assertThat(done.events()).extracting(JobEvent::name).containsExactly("progress", "notice", "done");
        assertThat(done.events().get(0).data().path("service").asText()).isEqualTo("web");
        assertThat(done.events().get(2).data().path("state").asText()).isEqualTo("succeeded");
        assertThat(runner.files(job.id())).extracting(JobStore.DeployedFile::file).containsExactly("compose.yaml");
    }

    @Test
    void aFailingJobSaysWhy() throws Exception {
        Job job = runner.submit("down", "env-b", "alice", Map.of(), events -> {
            throw new IllegalStateException("the engine is gone");
        }, () -> { });
        JobSummary done = await(job.id());
        assertThat(done.state()).isEqualTo("failed");
        assertThat(done.message()).isEqualTo("the engine is gone");
        assertThat(done.events()).extracting(JobEvent::name).containsExactly("failed", "done");
    }

    @Test
    void aJobWhoseDatabaseFailsStillEndsFreesItsEnvironmentAndTellsItsFollowers() throws Exception {
        CountDownLatch following = new CountDownLatch(1);
        CountDownLatch after = new CountDownLatch(1);
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Job job = runner.submit("up", "env-db", "alice", Map.of(), events -> {
            following.await();
            db.close(); // the database goes away while the job runs
            events.notice("still deploying");
            return new Work.Outcome(true, "environment env-db is up");
        }, after::countDown);
        job.follow(e -> heard.add(e.name()));
        following.countDown();
        assertThat(after.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(runner.busyEnvironments()).doesNotContain("env-db");
        assertThat(heard).endsWith("done");
        db = Database.open(url()); // for close()
    }

    @Test
    void oneJobPerEnvironmentAtATime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Job first = runner.submit("up", "env-c", "alice", Map.of(), events -> {
            release.await();
            return new Work.Outcome(true, "ok");
        }, () -> { });
        assertThatThrownBy(() -> runner.submit("down", "env-c", "bob", Map.of(), e -> new Work.Outcome(true, ""), () -> { }))
                .isInstanceOf(JobRunner.Busy.class)
                .hasMessage("environment env-c is busy: job " + first.id() + " runs for it; wait for it to finish"
                        + " (GET /api/v1/jobs/" + first.id() + ")");
        assertThat(runner.busyEnvironments()).containsExactly("env-c");
        // Another environment is not held up.
        Job other = runner.submit("up", "env-d", "bob", Map.of(), e -> new Work.Outcome(true, ""), () -> { });
        assertThat(await(other.id()).state()).isEqualTo("succeeded");
        release.countDown();
        await(first.id());
        assertThat(runner.busyEnvironments()).isEmpty();
        Job again = runner.submit("down", "env-c", "bob", Map.of(), e -> new Work.Outcome(true, ""), () -> { });
        assertThat(await(again.id()).state()).isEqualTo("succeeded");
    }

    @Test
    void anOverlongEventIsStoredAsWholeJsonWithItsLongTextCut() throws Exception {
        String message = "x".repeat(30_000);
        Job job = runner.submit("up", "env-l", "alice", Map.of(), events -> {
            var failed = events.object().put("service", "web").put("message", "\"" + message);
            failed.putArray("logs").add("last line");
            events.emit("failed", failed);
            return new Work.Outcome(false, "web failed");
        }, () -> { });
        await(job.id());
        List<JobStore.EventRow> stored = new JobStore(db).events(job.id());
        assertThat(stored).extracting(JobStore.EventRow::name).containsExactly("failed", "done");
        String data = stored.get(0).data();
        assertThat(data.length()).isLessThanOrEqualTo(JobStore.MAX_EVENT_DATA);
        // Replayed after the job, the event still parses: its message is cut, its other fields are whole.
        var replayed = BerthServer.json().readTree(data);
        assertThat(replayed.path("service").asText()).isEqualTo("web");
        assertThat(replayed.path("logs").get(0).asText()).isEqualTo("last line");
        assertThat(replayed.path("message").asText()).startsWith("\"xxx").endsWith(" … (cut)");
        assertThat(runner.find(job.id()).orElseThrow().events().get(0).data().path("service").asText()).isEqualTo("web");
    }

    @Test
    void aFollowerGetsThePastEventsThenTheLiveOnes() throws Exception {
        CountDownLatch followed = new CountDownLatch(1);
        CountDownLatch emitted = new CountDownLatch(1);
        Job job = runner.submit("up", "env-e", "alice", Map.of(), events -> {
            events.notice("before");
            emitted.countDown();
            followed.await();
            events.notice("after");
            return new Work.Outcome(true, "ok");
        }, () -> { });
        emitted.await(5, TimeUnit.SECONDS);
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        job.follow(e -> {
            seen.add(e.name() + ":" + e.data().path("message").asText(e.data().path("state").asText()));
            if (e.name().equals("done")) {
                done.countDown();
            }
        });
        followed.countDown();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("notice:before", "notice:after", "done:ok");
    }

    @Test
    void jobsLeftRunningByAStoppedServerAreMarkedInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Job job = runner.submit("up", "env-f", "alice", Map.of(), events -> {
            started.countDown();
            Thread.sleep(60_000);
            return new Work.Outcome(true, "never");
        }, () -> { });
        started.await(5, TimeUnit.SECONDS);
        // A crash: the row stays "running" (the runner of a killed process records nothing more).
        JobStore store = new JobStore(db);
        store.insert(new JobStore.JobRow("crashed1", "up", "env-g", "alice", "running", null, Instant.now(),
                Instant.now(), null));
        runner.close();
        assertThat(await(job.id()).state()).isEqualTo("interrupted");
        JobRunner next = new JobRunner(store, BerthServer.json(), 1, 1);
        assertThat(next.interruptLeftovers()).isEqualTo(1);
        JobSummary crashed = next.find("crashed1").orElseThrow();
        assertThat(crashed.state()).isEqualTo("interrupted");
        assertThat(crashed.message()).isEqualTo("the server stopped while the job ran; run it again (up converges)");
        assertThat(crashed.finished()).isNotNull();
        next.close();
    }
}
