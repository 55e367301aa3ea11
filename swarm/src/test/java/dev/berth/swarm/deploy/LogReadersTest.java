package dev.berth.swarm.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.swarm.client.EngineException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Log streams end together: on an interrupt, on the first failure; a vanished service only ends its own. */
class LogReadersTest {

    /** A stream that prints nothing until it is closed, as a quiet service's followed logs do. */
    static final class QuietStream {
        final CountDownLatch opened = new CountDownLatch(1);
        final CountDownLatch closed = new CountDownLatch(1);

        void read(java.util.function.Consumer<AutoCloseable> handle) {
            handle.accept(closed::countDown);
            opened.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException("a reader is not interrupted; its stream is closed");
            }
        }
    }

    @Test
    void anInterruptClosesEveryQuietStream() throws Exception {
        QuietStream a = new QuietStream();
        QuietStream b = new QuietStream();
        LogReaders readers = new LogReaders();
        readers.start("a", a::read);
        readers.start("b", b::read);
        assertThat(a.opened.await(5, TimeUnit.SECONDS) && b.opened.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Throwable> awaited = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                readers.await();
                awaited.complete(null);
            } catch (Throwable e) {
                awaited.complete(e);
            }
        });
        waiter.start();
        waiter.interrupt();
        assertThat(awaited.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(a.closed.await(5, TimeUnit.SECONDS) && b.closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theFirstFailureClosesTheOtherStreamsAndIsWhatAwaitThrows() throws Exception {
        QuietStream quiet = new QuietStream();
        LogReaders readers = new LogReaders();
        readers.start("quiet", quiet::read);
        assertThat(quiet.opened.await(5, TimeUnit.SECONDS)).isTrue();
        readers.start("failing", opened -> {
            throw new IllegalStateException("the client went away");
        });
        assertThatThrownBy(readers::await).isInstanceOf(IllegalStateException.class).hasMessage("the client went away");
        assertThat(quiet.closed.getCount()).isZero();
    }

    @Test
    void aServiceRemovedMeanwhileEndsOnlyItsOwnStream() throws Exception {
        LogReaders readers = new LogReaders();
        int[] lines = {0};
        readers.start("gone", opened -> {
            throw new EngineException(404, "service web not found");
        });
        readers.start("printing", opened -> {
            opened.accept(() -> { });
            lines[0] = 3;
        });
        readers.await();
        assertThat(lines[0]).isEqualTo(3);
    }

    @Test
    void aStreamOpenedAfterTheStopIsClosedAtOnce() throws Exception {
        LogReaders readers = new LogReaders();
        readers.stop();
        QuietStream late = new QuietStream();
        readers.start("late", late::read);
        assertThat(late.closed.await(5, TimeUnit.SECONDS)).isTrue();
        readers.await();
    }
}
