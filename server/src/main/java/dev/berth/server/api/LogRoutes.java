package dev.berth.server.api;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.EnvironmentQueries.ServiceLogLine;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/** Logs of an environment's services, read from the cluster as {@code berth logs} reads them. */
final class LogRoutes {

    record LogJson(String service, int replica, String time, String line) {
        static LogJson of(ServiceLogLine l) {
            // With timestamps the engine starts each line with an RFC 3339 time and a space.
            String text = l.text();
            int space = text.indexOf(' ');
            boolean stamped = space > 0 && text.length() > 19 && text.charAt(4) == '-' && text.charAt(10) == 'T';
            return new LogJson(l.service(), l.slot(), stamped ? text.substring(0, space) : null,
                    stamped ? text.substring(space + 1) : text);
        }
    }

    private final ApiContext api;

    LogRoutes(ApiContext api) {
        this.api = api;
    }

    void logs(Context ctx) throws Exception {
        EnvironmentName env = EnvironmentRoutes.name(ctx);
        Guard.principal(ctx);
        if (api.cache().environment(env.value()).isEmpty()) {
            throw ApiException.notFound("no environment " + env);
        }
        String service = ctx.queryParam("service");
        List<String> services = service == null || service.isBlank() ? List.of() : List.of(service.split(","));
        int tail = Queries.integer(ctx, "tail", 100, 0, 100_000);
        boolean follow = Queries.bool(ctx, "follow", false);
        EnvironmentQueries queries = new EnvironmentQueries(api.cluster().manager());
        if (!follow) {
            List<LogJson> lines = Collections.synchronizedList(new ArrayList<>());
            queries.logs(env, services, Integer.toString(tail), false, true, l -> lines.add(LogJson.of(l)));
            List<LogJson> sorted = new ArrayList<>(lines);
            sorted.sort(java.util.Comparator.comparing(LogJson::time, java.util.Comparator.nullsFirst(String::compareTo)));
            ctx.json(sorted);
            return;
        }
        new SseHandler(client -> follow(client, queries, env, services, tail)).handle(ctx);
    }

    private void follow(SseClient client, EnvironmentQueries queries, EnvironmentName env, List<String> services,
                        int tail) {
        client.keepAlive();
        ScheduledFuture<?> heartbeat = api.heartbeats().beat(client);
        Thread reader = new Thread(() -> {
            try {
                queries.logs(env, services, Integer.toString(tail), true, true, line -> {
                    if (client.terminated()) {
                        throw new IllegalStateException("the client went away");
                    }
                    synchronized (client) {
                        client.sendEvent("log", api.json().valueToTree(LogJson.of(line)).toString());
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the client left or the services are gone: the stream ends
            } finally {
                heartbeat.cancel(false);
                client.close();
            }
        }, "berth-log-follow-" + env);
        reader.setDaemon(true);
        client.onClose(reader::interrupt);
        reader.start();
        if (client.terminated()) {
            reader.interrupt(); // it left before the callback was set
        }
    }
}
