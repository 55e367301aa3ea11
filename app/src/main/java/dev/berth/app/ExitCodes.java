package dev.berth.app;

import dev.berth.compose.problem.ComposeException;

/** Every exit code Berth uses, decided here and nowhere else. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Anything that is not the user's input: the cluster, the disk, a bug. */
    public static final int FAILURE = 1;
    /** The compose files, the environment or the command line are invalid; nothing was changed. */
    public static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }

    static int of(Throwable error) {
        if (error instanceof ComposeException || error instanceof dev.berth.engine.config.ConfigException
                || error instanceof picocli.CommandLine.ParameterException
                || error instanceof EnvironmentNames.InvalidArgument
                || error instanceof ServerClient.Refused refused && refused.status == 400) {
            return INVALID_INPUT;
        }
        return FAILURE;
    }
}
