package dev.berth.engine.deploy;

import java.time.Instant;

/** The two things the start order needs from a backend, for one environment. */
public interface ServiceRollout {

    /** Creates or updates the service as planned (nothing for an unchanged one); returns once submitted. */
    void start(String service) throws Exception;

    /** Returns once {@code service} meets {@code condition}; throws {@link ServiceFailure} when it cannot. */
    void await(String service, Condition condition, Instant deadline) throws Exception;
}
