package dev.berth.swarm.client;

/** The Engine API answered with an error status; the message is the engine's own. */
public final class EngineException extends RuntimeException {

    private final int status;

    public EngineException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404;
    }

    public boolean conflict() {
        return status == 409;
    }

    /** Runs a removal; a thing already gone is no error. */
    static void ignoreMissing(Runnable call) {
        try {
            call.run();
        } catch (EngineException e) {
            if (!e.notFound()) {
                throw e;
            }
        }
    }
}
