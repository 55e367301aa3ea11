package dev.berth.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.server.FixedCluster;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cached view: read at start, once per burst of events, and periodically. */
class ClusterCacheTest {

    @Test
    void aBurstOfEventsIsReadOnce() throws Exception {
        FixedCluster cluster = new FixedCluster().environment("a", "blue", 3);
        try (ClusterCache cache = new ClusterCache(cluster, Duration.ofMillis(100), Duration.ofHours(1)).start()) {
            assertThat(cluster.reads.get()).isEqualTo(1);
            assertThat(cache.environment("a")).map(EnvironmentView::serviceCount).hasValue(3);
            for (int i = 0; i < 50; i++) {
                cluster.onChange.run();
            }
            Thread.sleep(400);
            assertThat(cluster.reads.get()).isEqualTo(2);
            // Serving reads nothing.
            for (int i = 0; i < 100; i++) {
                cache.environments();
            }
            assertThat(cluster.reads.get()).isEqualTo(2);
        }
    }

    @Test
    void aFullReadHappensPeriodically() throws Exception {
        FixedCluster cluster = new FixedCluster();
        try (ClusterCache cache = new ClusterCache(cluster, Duration.ofMillis(50), Duration.ofMillis(100)).start()) {
            Thread.sleep(450);
            assertThat(cluster.reads.get()).isGreaterThanOrEqualTo(3);
            assertThat(cache.environments()).isEmpty();
        }
    }

    @Test
    void aFailedReadKeepsTheLastViewAndSaysWhy() {
        FixedCluster cluster = new FixedCluster().environment("a", null, 1);
        ClusterSource failing = new ClusterSource() {
            boolean first = true;

            @Override
            public dev.berth.server.cluster.ClusterSnapshot read() {
                if (first) {
                    first = false;
                    return cluster.read();
                }
                throw new IllegalStateException("engine unreachable");
            }

            @Override
            public AutoCloseable follow(Runnable onChange, Runnable onLost) {
                return () -> { };
            }
        };
        try (ClusterCache cache = new ClusterCache(failing, Duration.ofMillis(10), Duration.ofHours(1)).start()) {
            cache.refresh();
            assertThat(cache.environment("a")).isPresent();
            assertThat(cache.error()).isEqualTo("engine unreachable");
        }
    }

    @Test
    void aLostFollowingIsClosedBeforeTheNextOneOpens() throws Exception {
        FixedCluster cluster = new FixedCluster();
        java.util.List<Runnable> lost = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        ClusterSource source = new ClusterSource() {
            @Override
            public ClusterSnapshot read() {
                return cluster.read();
            }

            @Override
            public AutoCloseable follow(Runnable onChange, Runnable onLost) {
                // as the Swarm source: the manager's stream ends, the node engines' streams still run
                open.incrementAndGet();
                lost.add(onLost);
                return open::decrementAndGet;
            }
        };
        try (ClusterCache cache = new ClusterCache(source, Duration.ofMillis(10), Duration.ofMillis(50)).start()) {
            for (int i = 0; i < 3; i++) {
                int followed = lost.size();
                lost.get(followed - 1).run();
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (lost.size() == followed && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(lost).hasSize(followed + 1);
                assertThat(open.get()).isEqualTo(1);
            }
        }
        assertThat(open.get()).isZero();
    }
}
