package dev.berth.swarm.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;

/** A tar written by a thread of its own while the engine reads it, so it is never held whole in memory or on disk. */
final class PipedTar {

    private static final int BUFFER = 1 << 16;

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private PipedTar() {
    }

    static InputStream of(String name, Writer writer) {
        PipedInputStream in = new PipedInputStream(BUFFER);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(() -> {
            try (out) {
                writer.write(out);
            } catch (IOException e) {
                // the engine stopped reading (it refused the request); its answer is the error that counts
            }
        }, "berth-tar-" + name);
        thread.setDaemon(true);
        thread.start();
        return in;
    }
}
