package dev.berth.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.plan.PlanReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * up, down, ls, ps, logs, plan, extend, port and artifacts through a Berth server: the same output as when
 * the command line talks to the cluster itself, as far as the server's answers carry it, with the
 * server's users, teams and audit log in between.
 */
final class ThroughServer {

    /** The server's plan also lists the changes by action, for the dashboard: not part of the report. */
    private static final ObjectReader REPORT = ServerClient.JSON.readerFor(PlanReport.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Invocation invocation;
    private final ServerClient client;
    private final PrintWriter out;

    ThroughServer(Invocation invocation, String url) {
        this.invocation = invocation;
        this.client = new ServerClient(url, ServerToken.resolve(invocation));
        this.out = invocation.out();
    }

    /** {@code detach}: return once the server took the job; its events stay at the server. */
    int up(EnvironmentName env, ProjectOptions project, String ttl, boolean force, boolean detach) {
        Map<String, Object> body = ServerUpload.body(invocation, project);
        if (ttl != null) {
            body.put("ttl", ttl);
        }
        if (force) {
            body.put("force", true);
        }
        JsonNode job = client.put("/environments/" + env, body).path("job");
        out.println("job " + job.path("id").asText() + ": up " + env);
        if (detach) {
            out.println("the server runs it; its progress: GET /api/v1/jobs/" + job.path("id").asText() + "/events");
            out.flush();
            return ExitCodes.OK;
        }
        return ServerJobs.follow(invocation, client, job.path("id").asText(), ThroughServer::notice);
    }

    int down(EnvironmentName env, boolean volumes) {
        JsonNode job = client.delete("/environments/" + env + (volumes ? "?volumes=true" : "")).path("job");
        out.println("job " + job.path("id").asText() + ": down " + env);
        return ServerJobs.follow(invocation, client, job.path("id").asText(), ThroughServer::notice);
    }

    int ls(TableFormat.Format format) throws IOException {
        JsonNode envs = client.get("/environments");
        if (format == TableFormat.Format.json) {
            out.println(TableFormat.JSON.writeValueAsString(envs));
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "PROJECT", "SERVICES", "STATE", "OWNER", "TEAM", "EXPIRES");
        envs.forEach(e -> table.row(e.path("name").asText(), e.path("project").asText(),
                e.path("running").asInt() + "/" + e.path("services").asInt(), e.path("state").asText(),
                e.path("owner").asText(), e.path("team").asText(""), e.path("expires").asText("never")));
        table.print(out);
        return ExitCodes.OK;
    }

    int ps(EnvironmentName env, TableFormat.Format format) throws IOException {
        JsonNode detail = client.get("/environments/" + env);
        if (format == TableFormat.Format.json) {
            out.println(TableFormat.JSON.writeValueAsString(detail));
            return ExitCodes.OK;
        }
        Table table = new Table("SERVICE", "REPLICAS", "STATE", "HEALTH", "NODES", "PUBLISHED", "ERROR");
        detail.path("services").forEach(s -> {
            List<String> published = new ArrayList<>();
            s.path("published").forEach(p -> published.add(p.path("host").asText() + ":" + p.path("port").asInt()
                    + "->" + p.path("target").asInt()));
            List<String> nodes = new ArrayList<>();
            s.path("nodes").forEach(n -> nodes.add(n.asText()));
            table.row(s.path("name").asText(), s.path("replicas").asText(), s.path("state").asText(),
                    s.path("health").asText(), String.join(", ", nodes), String.join(", ", published),
                    s.path("error").isNull() ? "" : s.path("error").asText());
        });
        table.print(out);
        return ExitCodes.OK;
    }

    int logs(EnvironmentName env, List<String> services, String tail, boolean follow) {
        String query = "?tail=" + (tail.equals("all") ? "100000" : enc(tail))
                + (services.isEmpty() ? "" : "&service=" + enc(String.join(",", services)));
        if (!follow) {
            client.get("/environments/" + env + "/logs" + query).forEach(this::printLog);
            return ExitCodes.OK;
        }
        client.events("/environments/" + env + "/logs" + query + "&follow=true", (name, data) -> {
            printLog(data);
            return true;
        });
        return ExitCodes.OK;
    }

    private void printLog(JsonNode l) {
        int replica = l.path("replica").asInt();
        out.println(l.path("service").asText() + (replica > 0 ? "-" + replica : "") + "  | " + l.path("line").asText());
        out.flush();
    }

    /** The server plans against its cluster; exits 3 when up would refuse the environment, as berth plan does. */
    int plan(EnvironmentName env, ProjectOptions project, PlanCommand.Format format) throws IOException {
        JsonNode answer = client.post("/environments/" + env + "/plan", ServerUpload.body(invocation, project));
        if (!answer.path("admission").isObject()) {
            throw new IllegalStateException("the server's plan holds no admission check; is it a Berth older than"
                    + " this command line?");
        }
        return PlanCommand.print(REPORT.readValue(answer), format, invocation);
    }

    int extend(EnvironmentName env, Duration by) {
        JsonNode detail = client.post("/environments/" + env + "/extend", Map.of("by", by.toSeconds() + "s"));
        String expires = detail.path("expires").asText("");
        if (expires.isEmpty()) {
            out.println("environment " + env + " never expires; give it a lifetime with 'berth up " + env
                    + " --ttl DURATION'");
            return ExitCodes.OK;
        }
        out.println("environment " + env + " expires " + expires + " (" + Ages.until(Instant.parse(expires),
                Instant.now()) + ")");
        return ExitCodes.OK;
    }

    /** As berth port prints them: host:port per answering node, with "PORT/PROTOCOL -> " unless a port was asked. */
    int port(EnvironmentName env, String service, String port) {
        JsonNode bindings = client.get("/environments/" + env + "/services/" + enc(service) + "/ports"
                + (port == null ? "" : "?port=" + enc(port)));
        for (JsonNode b : bindings) {
            for (JsonNode host : b.path("hosts")) {
                out.println((port == null ? b.path("target").asInt() + "/" + b.path("protocol").asText() + " -> " : "")
                        + host.asText() + ":" + b.path("published").asInt());
            }
        }
        return ExitCodes.OK;
    }

    /** The server reads the environment's labels and its own artifact store; filtered and printed as locally. */
    int artifacts(EnvironmentName env, List<String> names, TableFormat.Format format) throws IOException {
        JsonNode rows = client.get("/environments/" + env + "/artifacts");
        List<dev.berth.swarm.deploy.EnvironmentArtifacts.Row> read = new ArrayList<>();
        for (JsonNode row : rows) {
            read.add(ServerClient.JSON.treeToValue(row, dev.berth.swarm.deploy.EnvironmentArtifacts.Row.class));
        }
        ArtifactsView.environment(ArtifactsView.select(env, read, names), format, out);
        return ExitCodes.OK;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The server sends warnings as notices that say so; printed as the command line prints them. */
    private static String notice(JsonNode data) {
        String message = data.path("message").asText();
        return message.startsWith("warning: ") ? message : "notice: " + message;
    }
}
