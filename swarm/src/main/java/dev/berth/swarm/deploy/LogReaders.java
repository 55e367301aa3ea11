package dev.berth.swarm.deploy;

import dev.berth.swarm.client.EngineException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Log streams read on threads of their own, stopped together: the first stream that fails, or an
 * interrupt of the thread that awaits them, closes every open stream, so that no reader is left
 * blocked on a service that prints nothing.
 */
final class LogReaders {

    /** Reads one stream; hands {@code opened} the handle that closes it once it is open. */
    interface Reader {
        void read(Consumer<AutoCloseable> opened);
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private boolean stopped;
    private RuntimeException failure;

    void start(String name, Reader reader) {
        Thread thread = new Thread(() -> {
            try {
                reader.read(this::opened);
            } catch (EngineException e) {
                if (!e.notFound()) {
                    fail(e);
                }
                // a service removed meanwhile: its stream has ended
            } catch (RuntimeException e) {
                fail(e);
            }
        }, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Waits for every stream to end; rethrows the first failure. */
    void await() throws InterruptedException {
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            stop();
            throw e;
        }
        synchronized (this) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    private synchronized void opened(AutoCloseable stream) {
        if (stopped) {
            close(stream);
        } else {
            open.add(stream);
        }
    }

    private synchronized void fail(RuntimeException e) {
        if (!stopped) {
            // what the other streams throw once closed is not news
            failure = e;
        }
        stop();
    }

    synchronized void stop() {
        stopped = true;
        open.forEach(LogReaders::close);
        open.clear();
    }

    private static void close(AutoCloseable stream) {
        try {
            stream.close();
        } catch (Exception e) {
            // closing is all that is wanted; a stream already gone is closed enough
        }
    }
}
