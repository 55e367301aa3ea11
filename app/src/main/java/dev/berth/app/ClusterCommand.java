package dev.berth.app;

import picocli.CommandLine.Command;

/** {@code berth cluster …}: the cluster itself rather than one environment. */
@Command(name = "cluster",
        mixinStandardHelpOptions = true,
        description = "Set up, inspect and diagnose the Swarm cluster.",
        subcommands = {ClusterInitCommand.class, ClusterJoinCommand.class, ClusterLeaveCommand.class,
                ClusterNodesCommand.class, ClusterTopCommand.class, ClusterDoctorCommand.class})
final class ClusterCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
