package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.config.BerthConfig;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.compile.ArtifactReport;
import dev.berth.swarm.compile.ArtifactStages;
import dev.berth.swarm.deploy.EnvironmentArtifacts;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "artifacts",
        description = {"List the artifacts environment NAME runs, from its services' labels: name, sha256, size, the"
                + " compile step that produced it and the hash of that run's inputs, the services that take it and where,"
                + " and whether the local artifact store holds it. With --server (or BERTH_SERVER), the server reads"
                + " them, and SIZE and STORED are its artifact store's.",
                "With --project instead of NAME, the artifacts the project's files would produce now: the step's current"
                + " input hash and what the store holds for it. Runs nothing; the builder engine is asked only for the"
                + " step image's ID."},
        mixinStandardHelpOptions = true)
final class ArtifactsCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Environment name.")
    String name;

    @Option(names = "--project", description = "The project's artifacts (read from -f FILE...) instead of an environment's.")
    boolean projectView;

    @Option(names = "--artifact", paramLabel = "ARTIFACT", description = "Show only this artifact; repeatable (default: all).")
    List<String> names = new ArrayList<>();

    @Mixin
    ProjectOptions project;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Mixin
    TableFormat output;

    ArtifactsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        if (projectView && name != null) {
            throw new EnvironmentNames.InvalidArgument("give NAME for the artifacts environment " + name + " runs, or"
                    + " --project for those of the project's files, not both");
        }
        if (projectView) {
            if (server.server != null) {
                throw new EnvironmentNames.InvalidArgument("berth artifacts --project reads the project's files and"
                        + " artifact store on this machine and does not work through a server; leave out --server");
            }
            return projectArtifacts();
        }
        if (name == null) {
            throw new EnvironmentNames.InvalidArgument("name an environment (berth artifacts NAME; berth ls lists them),"
                    + " or give --project for the artifacts of the project's files");
        }
        return environmentArtifacts(EnvironmentNames.parse(name));
    }

    private int environmentArtifacts(EnvironmentName env) throws Exception {
        if (!project.files.isEmpty() || !project.envFiles.isEmpty() || project.projectDirectory != null
                || project.projectName != null || !project.profiles.isEmpty()) {
            throw new EnvironmentNames.InvalidArgument("berth artifacts NAME reads environment " + env + " on the cluster,"
                    + " not the project's files; give --project (without NAME) for the artifacts of the files");
        }
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).artifacts(env, names, output.format);
        }
        BerthConfig config = cluster.config(invocation);
        List<EnvironmentArtifacts.Row> rows;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            rows = new EnvironmentArtifacts(connection.manager, CompileSetup.preparation(invocation, config).store()).of(env);
        }
        ArtifactsView.environment(ArtifactsView.select(env, rows, names), output.format, invocation.out());
        return ExitCodes.OK;
    }

    private int projectArtifacts() throws Exception {
        var loaded = ProjectLoading.load(invocation, project);
        BerthBuild build = CompileSetup.bind(invocation, project, loaded.project());
        for (String artifact : names) {
            if (build.compile() == null || !build.compile().outputs().containsKey(artifact)) {
                throw new EnvironmentNames.InvalidArgument("no artifact " + artifact + " in the project"
                        + (build.compile() == null ? " (no service declares x-berth-compile)"
                        : "; it has " + String.join(", ", build.compile().outputs().keySet())));
            }
        }
        BerthConfig config = cluster.config(invocation);
        List<ArtifactReport.Row> rows;
        ProjectPreparation preparation = CompileSetup.preparation(invocation, config);
        try (SwarmClient builder = preparation.builder()) {
            rows = ArtifactReport.of(build, builder.buildContainers(), preparation.store(),
                    ArtifactStages.sources(preparation.sources())).stream()
                    .filter(r -> names.isEmpty() || names.contains(r.name())).toList();
        }
        ArtifactsView.project(rows, output.format, invocation.out());
        return ExitCodes.OK;
    }
}
