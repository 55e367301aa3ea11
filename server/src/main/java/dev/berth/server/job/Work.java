package dev.berth.server.job;

/** What a job does; it reports through {@code events} and tells how it ended. */
@FunctionalInterface
public interface Work {

    Outcome run(JobEvents events) throws Exception;

    /** succeeded or failed, with a line for the job's message. */
    record Outcome(boolean ok, String message) {
    }
}
