package dev.berth.swarm.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the engine's multiplexed log stream: frames of an 8-byte header (stream type, then a
 * big-endian length) and a payload, split into lines. Service logs requested with details carry
 * {@code com.docker.swarm.*} attributes before each message.
 */
final class LogStream {

    private LogStream() {
    }

    static void read(InputStream in, Consumer<LogLine> lines) throws IOException {
        byte[] header = new byte[8];
        ByteArrayOutputStream[] partial = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};
        while (readFully(in, header)) {
            int stream = header[0];
            int length = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                    | (header[7] & 0xff);
            byte[] payload = in.readNBytes(length);
            boolean stderr = stream == 2;
            ByteArrayOutputStream buffer = partial[stderr ? 1 : 0];
            for (byte b : payload) {
                if (b == '\n') {
                    lines.accept(parse(buffer.toString(StandardCharsets.UTF_8), stderr));
                    buffer.reset();
                } else {
                    buffer.write(b);
                }
            }
        }
        for (int i = 0; i < 2; i++) {
            if (partial[i].size() > 0) {
                lines.accept(parse(partial[i].toString(StandardCharsets.UTF_8), i == 1));
            }
        }
    }

    private static boolean readFully(InputStream in, byte[] into) throws IOException {
        int n = in.readNBytes(into, 0, into.length);
        return n == into.length;
    }

    /** {@code [timestamp ]com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=… message}. */
    static LogLine parse(String raw, boolean stderr) {
        String timestamp = "";
        String rest = raw;
        int firstSpace = rest.indexOf(' ');
        if (firstSpace > 0 && !rest.startsWith("com.docker.swarm") && rest.substring(0, firstSpace).matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
            timestamp = rest.substring(0, firstSpace + 1);
            rest = rest.substring(firstSpace + 1);
        }
        String task = "";
        String node = "";
        String service = "";
        if (rest.startsWith("com.docker.swarm")) {
            int space = rest.indexOf(' ');
            String details = space < 0 ? rest : rest.substring(0, space);
            rest = space < 0 ? "" : rest.substring(space + 1);
            for (String pair : details.split(",")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                switch (key) {
                    case "com.docker.swarm.task.id" -> task = value;
                    case "com.docker.swarm.node.id" -> node = value;
                    case "com.docker.swarm.service.id" -> service = value;
                    default -> { }
                }
            }
        }
        return new LogLine(task, node, service, stderr, timestamp + rest);
    }
}
