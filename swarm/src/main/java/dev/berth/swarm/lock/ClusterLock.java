package dev.berth.swarm.lock;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.lock.LeaseWatch;
import dev.berth.engine.lock.LockHolder;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.Observed.ConfigState;
import dev.berth.swarm.client.SwarmClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Locks kept in the cluster, so that they hold between hosts: a lock is a Swarm config named
 * {@code berth-lock.<scope>}. Creating a config of a taken name fails, so taking a free lock is
 * atomic; the holder renews a lease in the config's labels, and a label update names the version
 * it replaces (a compare-and-swap), so of two waiters that find the holder dead only one takes
 * the lock over. A holder is dead when its lease stood still for a whole lease on the waiter's own
 * clock, or when the lease it wrote ran out more than {@link LockHolder#CLOCK_SKEW} ago.
 */
public final class ClusterLock {

    public static final Duration LEASE = Duration.ofSeconds(30);
    public static final String PORTS = "ports";
    public static final String GC = "gc";
    static final String PREFIX = "berth-lock.";
    private static final String DATA = Base64.getEncoder().encodeToString(
            "a lock of Berth; see its labels\n".getBytes(StandardCharsets.UTF_8));

    private final SwarmClient client;
    private final String holder;
    private final Duration lease;

    /** @param holder who takes locks, for people to read: {@code alice@build-7 (pid 4242)} */
    public ClusterLock(SwarmClient client, String holder) {
        this(client, holder, LEASE);
    }

    ClusterLock(SwarmClient client, String holder, Duration lease) {
        this.client = client;
        this.holder = holder;
        this.lease = lease;
    }

    public static String environmentScope(EnvironmentName env) {
        return "env." + env.value();
    }

    /** Every lock object of Berth on the cluster, with its holder. */
    public List<ConfigState> all() {
        return client.objects().versionedConfigs(Map.of("label", List.of(LockHolder.SCOPE)));
    }

    /**
     * Takes the lock, waiting up to {@code wait} for its holder; {@code waiting} hears once whom
     * it waits for. Throws {@link LockTimeoutException} when the holder kept it longer.
     */
    public Held acquire(String scope, String what, Duration wait, Consumer<String> waiting) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        LeaseWatch watch = new LeaseWatch(lease);
        boolean told = false;
        while (true) {
            Held held = tryTake(scope, watch);
            if (held != null) {
                return held;
            }
            LockHolder current = currentHolder(scope);
            String by = current == null ? "another Berth command" : current.describe();
            if (System.nanoTime() > deadline) {
                throw new LockTimeoutException(what + " is locked by " + by + "; gave up after waiting "
                        + Durations.text(wait) + " (--wait-lock)");
            }
            if (!told) {
                waiting.accept(what + " is locked by " + by + "; waiting up to " + Durations.text(wait));
                told = true;
            }
            Thread.sleep(300);
        }
    }

    /** Takes the lock if nobody alive holds it; null otherwise. */
    public Held tryAcquire(String scope) {
        return tryTake(scope, new LeaseWatch(lease));
    }

    private Held tryTake(String scope, LeaseWatch watch) {
        String name = PREFIX + scope;
        LockHolder me = new LockHolder(UUID.randomUUID().toString(), holder, Instant.now(), Instant.now().plus(lease));
        try {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("Name", name);
            spec.put("Labels", me.labels(scope));
            spec.put("Data", DATA);
            String id = client.objects().createConfig(spec);
            return new Held(scope, name, id, me);
        } catch (EngineException e) {
            if (!e.conflict()) {
                throw e;
            }
        }
        ConfigState taken = find(name);
        if (taken == null) {
            return null;
        }
        LockHolder current = LockHolder.of(taken.labels());
        boolean dead = current == null || current.leaseOver(Instant.now())
                || watch.stale(taken.id(), taken.version(), System.nanoTime());
        if (!dead) {
            return null;
        }
        try {
            client.objects().updateConfigLabels(taken.id(), taken.version(), name, me.labels(scope));
            return new Held(scope, name, taken.id(), me);
        } catch (EngineException e) {
            return null; // another waiter took it over first
        }
    }

    private LockHolder currentHolder(String scope) {
        ConfigState taken = find(PREFIX + scope);
        return taken == null ? null : LockHolder.of(taken.labels());
    }

    private ConfigState find(String name) {
        return client.objects().versionedConfigs(Map.of("name", List.of(name))).stream().filter(c -> c.name().equals(name))
                .findFirst().orElse(null);
    }

    /**
     * A lock this process holds: renewed in the background until closed, and released on exit
     * (Ctrl-C included) by a shutdown hook.
     */
    public final class Held implements AutoCloseable {

        private final String scope;
        private final String name;
        private final String id;
        private final Map<String, String> extra = new LinkedHashMap<>();
        private LockHolder me;
        private final Thread renewer;
        private final Thread hook;
        private volatile boolean closed;

        private Held(String scope, String name, String id, LockHolder me) {
            this.scope = scope;
            this.name = name;
            this.id = id;
            this.me = me;
            this.renewer = new Thread(this::renewUntilClosed, "berth-lock-" + scope);
            renewer.setDaemon(true);
            renewer.start();
            this.hook = new Thread(this::release, "berth-unlock-" + scope);
            Runtime.getRuntime().addShutdownHook(hook);
        }

        public String scope() {
            return scope;
        }

        /** The locks this one came from, to take others while holding it. */
        public ClusterLock locks() {
            return ClusterLock.this;
        }

        /** Adds labels to the lock object (what the holder claims meanwhile, e.g. ports). */
        public synchronized void annotate(Map<String, String> labels) {
            extra.putAll(labels);
            write(me);
        }

        private synchronized void write(LockHolder next) {
            for (int attempt = 0; attempt < 5; attempt++) {
                ConfigState current = client.objects().config(id);
                LockHolder there = current == null ? null : LockHolder.of(current.labels());
                if (there == null || !there.token().equals(me.token())) {
                    throw new IllegalStateException("lost the lock " + name + " to " + (there == null ? "nobody"
                            : there.describe()) + " (this process did not renew it in time)");
                }
                Map<String, String> labels = new LinkedHashMap<>(next.labels(scope));
                labels.putAll(extra);
                try {
                    client.objects().updateConfigLabels(id, current.version(), name, labels);
                    me = next;
                    return;
                } catch (EngineException e) {
                    // changed between reading and writing: read again
                }
            }
            throw new IllegalStateException("could not renew the lock " + name);
        }

        private void renewUntilClosed() {
            long every = Math.max(100, lease.toMillis() / 3);
            while (!closed) {
                try {
                    Thread.sleep(every);
                    if (!closed) {
                        write(me.renewed(Instant.now().plus(lease)));
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // an engine that does not answer for a moment; the next renewal may get through
                }
            }
        }

        private synchronized void release() {
            if (closed) {
                return;
            }
            closed = true;
            renewer.interrupt();
            try {
                ConfigState current = client.objects().config(id);
                LockHolder there = current == null ? null : LockHolder.of(current.labels());
                if (there != null && there.token().equals(me.token())) {
                    client.objects().removeConfig(id);
                }
            } catch (RuntimeException e) {
                // unreachable now: the lease runs out and a waiter takes the lock over
            }
        }

        @Override
        public void close() {
            release();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the process is exiting; the hook runs (and finds the lock released)
            }
        }
    }
}
