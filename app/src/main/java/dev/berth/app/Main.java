package dev.berth.app;

import dev.berth.compose.problem.ComposeException;
import dev.berth.engine.config.ConfigException;
import dev.berth.swarm.build.BuildFailure;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point. Tests call {@link #run(Invocation, String...)} directly. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(Invocation.ofProcess(out, err), args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(Invocation invocation, String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new BerthCommand(), new CommandFactory(invocation));
        cli.setOut(invocation.out());
        cli.setErr(invocation.err());
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> report(invocation, error, debug));
        cli.setParameterExceptionHandler((error, args1) -> {
            invocation.err().println("berth: " + error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, invocation.err());
            invocation.err().println("Run '" + error.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return ExitCodes.INVALID_INPUT;
        });
        int code = cli.execute(args);
        invocation.out().flush();
        invocation.err().flush();
        return code;
    }

    private static int report(Invocation invocation, Exception error, boolean debug) {
        PrintWriter err = invocation.err();
        if (error instanceof ComposeException invalid) {
            int n = invalid.problems().size();
            err.println("berth: the project is invalid (" + n + (n == 1 ? " problem" : " problems") + "):");
            invalid.problems().forEach(p -> err.println("  " + p));
        } else if (error instanceof ConfigException invalid) {
            int n = invalid.problems().size();
            err.println("berth: the configuration file is invalid (" + n + (n == 1 ? " problem" : " problems") + "):");
            invalid.problems().forEach(p -> err.println("  " + p));
        } else if (error instanceof BuildFailure failed) {
            err.println("berth: " + failed.getMessage());
            if (!failed.logTail().isEmpty()) {
                err.println("  last lines of the output for " + failed.service() + ":");
                failed.logTail().forEach(l -> err.println("    | " + l));
            }
            err.println("No service, network, config or secret was changed.");
        } else {
            err.println("berth: " + (error.getMessage() == null ? error.toString() : error.getMessage()));
        }
        if (debug) {
            error.printStackTrace(err);
        }
        return ExitCodes.of(error);
    }
}
