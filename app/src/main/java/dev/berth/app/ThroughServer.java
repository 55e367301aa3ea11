package dev.berth.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.compose.load.DefaultFiles;
import dev.berth.compose.load.SourceReader;
import dev.berth.engine.EnvironmentName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * up, down, ls, ps and logs through a Berth server: the same output as when the command line
 * talks to the cluster itself, with the server's users, teams and audit log in between.
 */
final class ThroughServer {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final long MAX_UPLOAD = 8L * 1024 * 1024;

    private final Invocation invocation;
    private final ServerClient client;
    private final PrintWriter out;

    ThroughServer(Invocation invocation, String url) {
        this.invocation = invocation;
        this.client = new ServerClient(url, ServerToken.resolve(invocation));
        this.out = invocation.out();
    }

    int up(EnvironmentName env, ProjectOptions project, String ttl) {
        Map<String, Object> body = upload(project);
        if (ttl != null) {
            body.put("ttl", ttl);
        }
        JsonNode job = client.put("/environments/" + env, body).path("job");
        out.println("job " + job.path("id").asText() + ": up " + env);
        return follow(job.path("id").asText());
    }

    int down(EnvironmentName env, boolean volumes) {
        JsonNode job = client.delete("/environments/" + env + (volumes ? "?volumes=true" : "")).path("job");
        out.println("job " + job.path("id").asText() + ": down " + env);
        return follow(job.path("id").asText());
    }

    int ls(LsCommand.Format format) throws IOException {
        JsonNode envs = client.get("/environments");
        if (format == LsCommand.Format.json) {
            out.println(LsCommand.JSON.writeValueAsString(envs));
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "PROJECT", "SERVICES", "STATE", "OWNER", "TEAM", "EXPIRES");
        envs.forEach(e -> table.row(e.path("name").asText(), e.path("project").asText(),
                e.path("running").asInt() + "/" + e.path("services").asInt(), e.path("state").asText(),
                e.path("owner").asText(), e.path("team").asText(""), e.path("expires").asText("never")));
        table.print(out);
        return ExitCodes.OK;
    }

    int ps(EnvironmentName env, LsCommand.Format format) throws IOException {
        JsonNode detail = client.get("/environments/" + env);
        if (format == LsCommand.Format.json) {
            out.println(LsCommand.JSON.writeValueAsString(detail));
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

    /** Prints the job's events as up and down print progress; the exit code follows the job's end. */
    private int follow(String jobId) {
        int[] code = {ExitCodes.FAILURE};
        client.events("/jobs/" + jobId + "/events", (name, data) -> {
            switch (name) {
                case "progress" -> out.println(data.path("service").asText() + ": " + data.path("message").asText());
                case "notice" -> {
                    // the server sends warnings as notices that say so; printed as the command line prints them
                    String message = data.path("message").asText();
                    out.println(message.startsWith("warning: ") ? message : "notice: " + message);
                }
                case "failed" -> {
                    invocation.err().println("failed: " + (data.has("service") ? data.path("service").asText() + ": " : "")
                            + data.path("message").asText());
                    data.path("logs").forEach(l -> invocation.err().println("  | " + l.asText()));
                }
                case "done" -> {
                    String message = data.path("message").asText("");
                    if (data.path("state").asText().equals("succeeded")) {
                        out.println(message);
                        code[0] = ExitCodes.OK;
                    } else {
                        invocation.err().println("berth: job " + jobId + " " + data.path("state").asText() + ": " + message);
                    }
                    out.flush();
                    return false;
                }
                default -> { }
            }
            out.flush();
            return true;
        });
        return code[0];
    }

    /**
     * The compose files (by their names relative to the project directory) and the other files of
     * the project directory that they may read (configs, secrets, .env), with the variables of this
     * shell that the files name — never the whole environment.
     */
    private Map<String, Object> upload(ProjectOptions options) {
        Path cwd = invocation.workingDirectory();
        List<Path> files = options.files.isEmpty() ? DefaultFiles.in(cwd, SourceReader.FILE_SYSTEM)
                : options.files.stream().map(cwd::resolve).map(Path::normalize).toList();
        if (files.isEmpty()) {
            throw new EnvironmentNames.InvalidArgument("no compose file given and none found in " + cwd);
        }
        Path dir = options.projectDirectory != null ? cwd.resolve(options.projectDirectory).normalize()
                : files.get(0).toAbsolutePath().getParent();
        Map<String, String> contents = new TreeMap<>();
        List<String> order = new ArrayList<>();
        long[] size = {0};
        for (Path f : files) {
            if (!f.toAbsolutePath().startsWith(dir)) {
                throw new EnvironmentNames.InvalidArgument("through a server, every compose file must be in the project"
                        + " directory " + dir + "; " + f + " is not");
            }
            String name = dir.relativize(f.toAbsolutePath()).toString();
            order.add(name);
            contents.put(name, read(f, size));
        }
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> dir.relativize(p).toString().equals(".env") || Stream.of(dir.relativize(p).toString()
                            .split("/")).noneMatch(part -> part.startsWith(".") || part.equals("target")))
                    .forEach(p -> contents.putIfAbsent(dir.relativize(p).toString(), read(p, size)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> variables = new TreeMap<>();
        for (String name : order) {
            Matcher m = VARIABLE.matcher(contents.get(name));
            while (m.find()) {
                String value = invocation.environment().get(m.group(1));
                if (value != null) {
                    variables.put(m.group(1), value);
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("files", contents);
        body.put("order", order);
        body.put("profiles", options.profiles);
        body.put("env", variables);
        return body;
    }

    private static String read(Path p, long[] size) {
        try {
            size[0] += Files.size(p);
            if (size[0] > MAX_UPLOAD) {
                throw new EnvironmentNames.InvalidArgument("the project directory holds more than " + MAX_UPLOAD
                        + " bytes; through a server, keep large files out of it");
            }
            return Files.readString(p);
        } catch (java.nio.charset.MalformedInputException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
