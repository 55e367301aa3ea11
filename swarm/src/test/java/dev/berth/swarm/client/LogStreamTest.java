package dev.berth.swarm.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogStreamTest {

    private static void frame(ByteArrayOutputStream out, int stream, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        out.write(stream);
        out.write(0);
        out.write(0);
        out.write(0);
        out.write((payload.length >> 24) & 0xff);
        out.write((payload.length >> 16) & 0xff);
        out.write((payload.length >> 8) & 0xff);
        out.write(payload.length & 0xff);
        out.writeBytes(payload);
    }

    @Test
    void splitsFramesIntoLinesWithTheirTaskAndNode() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        frame(out, 1, "com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 hello\n");
        frame(out, 2, "com.docker.swarm.node.id=n2,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t2 oops");
        frame(out, 2, " more\n");
        frame(out, 1, "no newline at the end");
        List<LogLine> lines = new ArrayList<>();
        LogStream.read(new ByteArrayInputStream(out.toByteArray()), lines::add);
        assertThat(lines).containsExactly(
                new LogLine("t1", "n1", "s1", false, "hello"),
                new LogLine("t2", "n2", "s1", true, "oops more"),
                new LogLine("", "", "", false, "no newline at the end"));
    }

    @Test
    void keepsTheTimestampInFrontOfTheMessage() {
        LogLine line = LogStream.parse("2026-11-26T10:00:00.123456789Z com.docker.swarm.node.id=n,"
                + "com.docker.swarm.service.id=s,com.docker.swarm.task.id=t started", false);
        assertThat(line.text()).isEqualTo("2026-11-26T10:00:00.123456789Z started");
        assertThat(line.taskId()).isEqualTo("t");
    }
}
