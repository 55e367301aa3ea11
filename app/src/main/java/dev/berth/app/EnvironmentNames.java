package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import picocli.CommandLine;

/** Reads an environment name from the command line, refusing an invalid one as invalid input. */
final class EnvironmentNames {

    private EnvironmentNames() {
    }

    static EnvironmentName parse(String name) {
        try {
            return new EnvironmentName(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgument(e.getMessage());
        }
    }

    /** An argument the user must correct; exits with the invalid-input code. */
    static final class InvalidArgument extends RuntimeException {
        InvalidArgument(String message) {
            super(message);
        }
    }
}
