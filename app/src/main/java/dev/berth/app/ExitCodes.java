package dev.berth.app;

import dev.berth.compose.problem.ComposeException;

/** Every exit code Berth uses, decided here and nowhere else. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything that is not the user's input: the cluster, the disk, a bug. */
    public static final int FAILURE = 1;
    /** The compose files, the environment or the command line are invalid; nothing was changed. */
    public static final int INVALID_INPUT = 2;
    /** The environment does not fit on the cluster (admission control); nothing was created. */
    public static final int REFUSED = 3;
    /**
     * gc did everything it could, but a node's engine did not answer: nothing (or not everything) was
     * collected there. Not 0, so that a cron job's monitoring notices a node gc keeps skipping.
     */
    public static final int INCOMPLETE = 4;

    private ExitCodes() {
    }

    static int of(dev.berth.swarm.gc.GarbageCollection.Report gc) {
        return gc.unreachable().isEmpty() ? OK : INCOMPLETE;
    }

    static int of(Throwable error) {
        if (error instanceof ComposeException || error instanceof dev.berth.engine.config.ConfigException
                || error instanceof picocli.CommandLine.ParameterException
                || error instanceof EnvironmentNames.InvalidArgument
                || error instanceof dev.berth.swarm.cluster.SetupRefused
                || error instanceof dev.berth.swarm.convert.ConversionException
                || error instanceof dev.berth.swarm.client.DockerEndpoint.InvalidHost
                || error instanceof ServerClient.Refused refused && refused.status == 400) {
            return INVALID_INPUT;
        }
        if (error instanceof dev.berth.swarm.admission.AdmissionRefused) {
            return REFUSED;
        }
        return FAILURE;
    }
}
