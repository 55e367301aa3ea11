package dev.berth.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.server.BerthServer;
import dev.berth.server.FixedCluster;
import dev.berth.server.TestDatabases;
import dev.berth.server.TestServer;
import dev.berth.server.job.Job;
import dev.berth.server.job.Work;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that follows a job's events and stops reading never holds up the job. */
class SlowFollowerTest {

    @Test
    void aJobEndsWhileAFollowerReadsNothing(@TempDir Path dataDir) throws Exception {
        try (BerthServer server = TestServer.start(TestDatabases.h2(dataDir), dataDir, new FixedCluster(), 5)) {
            CountDownLatch followed = new CountDownLatch(1);
            String line = "x".repeat(8_000);
            Job job = server.jobs().submit("up", "slow-env", "admin", Map.of(), events -> {
                followed.await();
                // far more than the socket buffers hold: a writer on this thread would block
                for (int i = 0; i < 3_000; i++) {
                    events.notice(line);
                }
                return new Work.Outcome(true, "done");
            }, () -> { });
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setReceiveBufferSize(4096);
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v1/jobs/" + job.id() + "/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + TestServer.ADMIN_TOKEN + "\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(500); // the server follows the job; this client never reads
                followed.countDown();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
                while (server.jobs().live(job.id()).isPresent() && Instant.now().isBefore(deadline)) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                assertThat(server.jobs().live(job.id())).as("the job still runs: a follower holds it up").isEmpty();
                assertThat(server.jobs().find(job.id()).orElseThrow().state()).isEqualTo("succeeded");
            }
        }
    }
}
