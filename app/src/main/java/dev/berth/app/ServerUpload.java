package dev.berth.app;

import dev.berth.compose.load.DefaultFiles;
import dev.berth.compose.load.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/** A project as up and plan send it to a server: its files and the variables they name. */
final class ServerUpload {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final long MAX_UPLOAD = 8L * 1024 * 1024;

    private ServerUpload() {
    }

    /**
     * The compose files (by their names relative to the project directory) and the other files of
     * the project directory that they may read (configs, secrets, .env), with the variables of this
     * shell that the files name — never the whole environment.
     */
    static Map<String, Object> body(Invocation invocation, ProjectOptions options) {
        ServerOptions.refuse("--env-file", !options.envFiles.isEmpty(), "the server reads the .env sent with the"
                + " project, and the variables the files name from this shell");
        ServerOptions.refuse("--project-name", options.projectName != null, "on the server the project is named"
                + " after its environment");
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
            if (!Files.isRegularFile(f)) {
                throw new EnvironmentNames.InvalidArgument("compose file " + f + " does not exist");
            }
            if (!f.toAbsolutePath().startsWith(dir)) {
                throw new EnvironmentNames.InvalidArgument("through a server, every compose file must be in the project"
                        + " directory " + dir + "; " + f + " is not");
            }
            String name = dir.relativize(f.toAbsolutePath()).toString();
            order.add(name);
            String text = read(f, size);
            if (text == null) {
                throw new EnvironmentNames.InvalidArgument("compose file " + f + " is not UTF-8 text");
            }
            contents.put(name, text);
        }
        // The whole tree (a compile step's sources lie deep) with its dot files (.env, .dockerignore,
        // .gitignore: they are part of a build context and of a source's hash), but no .git
        // directory and no build output (target); the size limit bounds it.
        List<String> notText = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(dir.relativize(p).toString().split("/"))
                            .noneMatch(part -> part.equals(".git") || part.equals("target")))
                    .sorted()
                    .forEach(p -> {
                        String name = dir.relativize(p).toString();
                        if (!contents.containsKey(name)) {
                            String text = read(p, size);
                            if (text == null) {
                                notText.add(name);
                            } else {
                                contents.put(name, text);
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!notText.isEmpty()) {
            // the API takes text; a project whose build needs these files cannot be built through a server
            invocation.err().println("warning: not sent to the server, as they are not text: " + String.join(", ",
                    notText));
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

    /** The file's text, or null when it is not UTF-8 text. */
    private static String read(Path p, long[] size) {
        try {
            size[0] += Files.size(p);
            if (size[0] > MAX_UPLOAD) {
                throw new EnvironmentNames.InvalidArgument("the project directory holds more than " + MAX_UPLOAD
                        + " bytes; through a server, keep large files out of it");
            }
            return Files.readString(p);
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

}
