package dev.berth.app;

import picocli.CommandLine.Command;

@Command(name = "berth",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Deploys whole test environments from Docker Compose files onto a Docker Swarm cluster.",
        subcommands = {ConfigCommand.class, UpCommand.class, DownCommand.class, LsCommand.class, PsCommand.class, LogsCommand.class,
                ClusterCommand.class, ServeCommand.class},
        footer = {"", "Run 'berth COMMAND --help' for more information on a command."})
final class BerthCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
