package dev.berth.swarm.lock;

/** Another command held a lock for longer than this one would wait. */
public final class LockTimeoutException extends RuntimeException {

    LockTimeoutException(String message) {
        super(message);
    }
}
