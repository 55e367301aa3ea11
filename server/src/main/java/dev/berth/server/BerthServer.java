package dev.berth.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.berth.server.api.ApiContext;
import dev.berth.server.api.Heartbeats;
import dev.berth.server.api.Routes;
import dev.berth.server.auth.Authenticator;
import dev.berth.server.auth.FailedAuthLimit;
import dev.berth.server.cluster.ClusterCache;
import dev.berth.server.job.JobRunner;
import dev.berth.server.store.AuditLog;
import dev.berth.server.store.Database;
import dev.berth.server.store.JobStore;
import dev.berth.server.store.TokenStore;
import dev.berth.server.store.UserStore;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code berth serve}: the database (migrated), the first admin, jobs a previous run left
 * marked interrupted, the cached view of the cluster, then the HTTP API and the dashboard.
 */
public final class BerthServer implements AutoCloseable {

    private final Database database;
    private final JobRunner jobs;
    private final ClusterCache cache;
    private final Heartbeats heartbeats;
    private final Javalin http;
    private final List<Routes.Route> routes;
    private final Optional<String> firstAdminToken;
    private final int interrupted;

    private BerthServer(Database database, JobRunner jobs, ClusterCache cache, Heartbeats heartbeats, Javalin http,
                        List<Routes.Route> routes, Optional<String> firstAdminToken, int interrupted) {
        this.database = database;
        this.jobs = jobs;
        this.cache = cache;
        this.heartbeats = heartbeats;
        this.http = http;
        this.routes = routes;
        this.firstAdminToken = firstAdminToken;
        this.interrupted = interrupted;
    }

    public static ObjectMapper json() {
        return JsonMapper.builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    public static BerthServer start(ServeOptions options) {
        try {
            Files.createDirectories(options.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + options.dataDir() + ": "
                    + e.getMessage(), e);
        }
        String url = options.databaseUrl() != null ? options.databaseUrl() : Database.embeddedUrl(options.dataDir());
        Database database = Database.open(url);
        ObjectMapper json = json();
        UserStore users = new UserStore(database);
        TokenStore tokens = new TokenStore(database);
        Authenticator auth = new Authenticator(users, tokens,
                new FailedAuthLimit(options.failedAuthLimit(), options.failedAuthWindow()));
        Optional<String> firstToken = auth.bootstrap(options.adminToken());
        JobRunner jobs = new JobRunner(new JobStore(database), json, options.jobWorkers(), 64);
        int interrupted = jobs.interruptLeftovers();
        ClusterCache cache = new ClusterCache(options.source(), Duration.ofMillis(300), options.fullRefresh()).start();
        Heartbeats heartbeats = new Heartbeats();
        ApiContext api = new ApiContext(json, auth, users, tokens, new AuditLog(database), jobs, cache,
                options.cluster(), options.examples(), options.dataDir().resolve("uploads"), heartbeats);
        java.util.concurrent.atomic.AtomicReference<List<Routes.Route>> routes =
                new java.util.concurrent.atomic.AtomicReference<>();
        Javalin http = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = 16L * 1024 * 1024;
            if (options.host() != null) {
                config.jetty.host = options.host();
            }
            if (BerthServer.class.getResource("/dashboard") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/dashboard";
                    files.location = Location.CLASSPATH;
                });
            }
            routes.set(Routes.register(config.routes, api));
        });
        try {
            http.start(options.port());
        } catch (RuntimeException e) {
            heartbeats.close();
            cache.close();
            jobs.close();
            database.close();
            throw new IllegalStateException("cannot listen on port " + options.port() + ": " + e.getMessage(), e);
        }
        return new BerthServer(database, jobs, cache, heartbeats, http, routes.get(), firstToken, interrupted);
    }

    public int port() {
        return http.port();
    }

    /** The first admin's token when this start made one: to be shown once. */
    public Optional<String> firstAdminToken() {
        return firstAdminToken;
    }

    /** How many jobs a previous run left running, now marked interrupted. */
    public int interruptedJobs() {
        return interrupted;
    }

    public List<Routes.Route> routes() {
        return routes;
    }

    /** The server's jobs, for embedding the server and for tests. */
    public JobRunner jobs() {
        return jobs;
    }

    public ClusterCache cache() {
        return cache;
    }

    public String database() {
        return database.description();
    }

    @Override
    public void close() {
        // Jobs first: an interrupted job still writes its end, and its followers still hear it.
        jobs.close();
        http.stop();
        heartbeats.close();
        cache.close();
        database.close();
    }
}
