package dev.berth.app;

import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.config.ServerSettings;
import dev.berth.server.BerthServer;
import dev.berth.server.ServeOptions;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.SwarmClusterSource;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.doctor.Doctor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {"Run the Berth server: the REST API (/api/v1, documented at /api/v1/openapi.json) and the"
                + " dashboard, over the same engine as the command line, with users, teams, tokens, jobs and an"
                + " audit log in a database.",
                "On the first start with an empty database it creates the user 'admin' and prints its token once"
                        + " (or takes BERTH_ADMIN_TOKEN)."},
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: server.port of the configuration"
            + " file, else " + ServerSettings.DEFAULT_PORT + "; 0 for any free port).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: every address).")
    String bind;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the database, e.g."
            + " jdbc:postgresql://db:5432/berth?user=berth&password=… (default: server.database, else an embedded"
            + " database in the data directory).")
    String database;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the server keeps its files (default:"
            + " server.data-dir, else $XDG_DATA_HOME/berth/server or ~/.local/share/berth/server).")
    Path dataDir;

    @Option(names = "--examples", paramLabel = "DIR", description = "The bundled examples, for {\"example\": NAME}"
            + " (default: BERTH_EXAMPLES, else the examples directory of this installation).")
    Path examples;

    @Option(names = "--ipvs", paramLabel = "auto|on|off", description = "As for up (default: ${DEFAULT-VALUE}).")
    String ipvs = "auto";

    /** Counted down when the server should stop; a test may stop it, a process stops on a signal. */
    final CountDownLatch stop = new CountDownLatch(1);

    ServeCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        BerthConfig config = cluster.config(invocation);
        ServerSettings settings = config.server();
        Doctor.Registry registry = ClusterDoctorCommand.serverRegistry(config, invocation);
        Boolean ipvsOn = UpCommand.ipvsSetting(invocation, ipvs);
        ClusterConnection connection = ClusterConnection.open(invocation, cluster);
        String probe = invocation.environment().getOrDefault("BERTH_PROBE_IMAGE", UpRequest.DEFAULT_PROBE_IMAGE);
        ClusterAccess access = new ClusterAccess(connection.manager, connection.nodes, connection.nodeNames,
                config.network().pools(), ipvsOn, probe, config.ports(),
                config.admission(), config.gc(), config.environments(),
                registry, CompileSetup.preparation(invocation, config));
        String admin = invocation.environment().get("BERTH_ADMIN_TOKEN");
        ServeOptions options = new ServeOptions(bind, port != null ? port : settings.port(),
                database != null ? database : settings.database(), dataDirectory(settings), admin == null
                || admin.isBlank() ? null : admin, examplesDirectory(), access,
                new SwarmClusterSource(connection.manager, connection.nodes), ServeOptions.DEFAULT_FULL_REFRESH,
                ServeOptions.DEFAULT_FAILED_AUTH_LIMIT, ServeOptions.DEFAULT_FAILED_AUTH_WINDOW,
                ServeOptions.DEFAULT_JOB_WORKERS);
        BerthServer server = BerthServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "berth-serve-stop"));
        invocation.out().println("berth serve: listening on http://" + (bind == null ? "0.0.0.0" : bind) + ":"
                + server.port() + " (API /api/v1, documented at /api/v1/openapi.json)");
        invocation.out().println("database: " + server.database() + "; data directory: " + options.dataDir());
        if (server.interruptedJobs() > 0) {
            invocation.out().println(server.interruptedJobs() + " job(s) of the previous run marked interrupted;"
                    + " run them again (up converges)");
        }
        server.firstAdminToken().ifPresent(token -> invocation.out().println("first admin: user admin, token " + token
                + "\n  shown only now: keep it (e.g. in ~/.config/berth/token, mode 600) and make users with it"));
        invocation.out().flush();
        try {
            stop.await();
        } finally {
            server.close();
            connection.close();
        }
        return ExitCodes.OK;
    }

    private Path dataDirectory(ServerSettings settings) {
        if (dataDir != null) {
            return invocation.workingDirectory().resolve(dataDir);
        }
        if (settings.dataDir() != null) {
            return invocation.workingDirectory().resolve(settings.dataDir());
        }
        String xdg = invocation.environment().get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(invocation.environment().getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
        return base.resolve("berth").resolve("server");
    }

    /** The examples next to this installation: bin/berth runs app/target/berth.jar of a checkout. */
    private Path examplesDirectory() {
        if (examples != null) {
            return invocation.workingDirectory().resolve(examples);
        }
        String env = invocation.environment().get("BERTH_EXAMPLES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path here = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = here; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("examples").resolve("hello"))) {
                    return p.resolve("examples");
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no examples then
        }
        return null;
    }
}
