package dev.berth.engine.artifact;

import dev.berth.compose.model.Config;
import dev.berth.compose.model.Extensions;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Value;
import dev.berth.compose.problem.Problems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads Berth's own extension keys ({@code x-berth}, {@code x-berth-compile},
 * {@code x-berth-artifacts}, {@code x-berth-template}) from a loaded project into a
 * {@link BerthBuild}. The compose loader keeps extensions as untyped values with their positions;
 * this is where they get a type, and every problem names file, line, column and path.
 */
public final class BerthExtensions {

    public static final String PROJECT = "x-berth";
    public static final String COMPILE = "x-berth-compile";
    public static final String ARTIFACTS = "x-berth-artifacts";
    public static final String TEMPLATE = "x-berth-template";
    public static final String DEFAULT_SOURCE_TARGET = "/src";

    private static final Set<String> SERVICE_KEYS = Set.of(COMPILE, ARTIFACTS);
    private static final Pattern ARTIFACT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Problems problems = new Problems();
    private final Path projectDirectory;

    private BerthExtensions(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
    }

    /**
     * @param projectDirectory where a relative {@code x-berth.source.path} starts
     * @throws dev.berth.compose.problem.ComposeException with every problem found
     */
    public static BerthBuild bind(Project project, Path projectDirectory) {
        BerthExtensions b = new BerthExtensions(projectDirectory);
        BerthBuild build = b.read(project);
        b.problems.throwIfAny();
        return build;
    }

    private BerthBuild read(Project project) {
        ExtensionReader top = new ExtensionReader(project.extensions(), "", problems);
        unknownBerthKeys(top, project.extensions(), Set.of());
        project.secrets().forEach((k, v) -> unknownBerthKeys(
                new ExtensionReader(v.extensions(), "secrets." + k + ".", problems), v.extensions(), Set.of()));
        project.networks().forEach((k, v) -> unknownBerthKeys(
                new ExtensionReader(v.extensions(), "networks." + k + ".", problems), v.extensions(), Set.of()));
        project.volumes().forEach((k, v) -> unknownBerthKeys(
                new ExtensionReader(v.extensions(), "volumes." + k + ".", problems), v.extensions(), Set.of()));
        BerthBuild.Source source = source(top);
        BerthBuild.CompileStep compile = null;
        Map<String, Map<String, String>> wanted = new TreeMap<>();
        for (Map.Entry<String, Service> e : project.services().entrySet()) {
            String base = "services." + e.getKey() + ".";
            ExtensionReader ext = new ExtensionReader(e.getValue().extensions(), base, problems);
            unknownBerthKeys(ext, e.getValue().extensions(), SERVICE_KEYS);
            if (ext.has(COMPILE)) {
                if (compile != null) {
                    ext.problem(COMPILE, "a project has one compile step; " + compile.service() + " is one already");
                } else {
                    compile = compileStep(e.getKey(), e.getValue(), ext);
                }
            }
            if (ext.has(ARTIFACTS)) {
                if (ext.has(COMPILE)) {
                    ext.problem(ARTIFACTS, "the compile step cannot take artifacts itself");
                }
                wanted.put(e.getKey(), targets(ext));
            }
        }
        if (compile != null && source == null) {
            problems.add(project.services().get(compile.service()).extensions().position("services." + compile.service() + "." + COMPILE),
                    "services." + compile.service() + "." + COMPILE, "a compile step needs a source: declare x-berth.source with path or git");
        }
        Map<String, BerthBuild.Module> modules = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> e : wanted.entrySet()) {
            ExtensionReader ext = new ExtensionReader(project.services().get(e.getKey()).extensions(),
                    "services." + e.getKey() + ".", problems);
            for (String artifact : e.getValue().keySet()) {
                if (compile == null || !compile.outputs().containsKey(artifact)) {
                    ext.problem(ARTIFACTS + "." + artifact, "artifact " + artifact + " is produced by no compile step"
                            + (compile == null ? " (no service declares x-berth-compile)"
                            : " (" + compile.service() + " declares " + String.join(", ", compile.outputs().keySet()) + ")"));
                }
            }
            modules.put(e.getKey(), new BerthBuild.Module(e.getKey(), e.getValue()));
        }
        return new BerthBuild(source, compile, modules, templates(project));
    }

    private BerthBuild.Source source(ExtensionReader top) {
        if (!top.has(PROJECT)) {
            return null;
        }
        Map<String, Value> berth = top.map(PROJECT, Set.of("source"));
        if (berth == null || !berth.containsKey("source")) {
            return null;
        }
        String at = PROJECT + ".source";
        Map<String, Value> source = top.map(at, Set.of("path", "git", "ref"));
        if (source == null) {
            return null;
        }
        String path = top.string(at + ".path");
        String git = top.string(at + ".git");
        String ref = top.string(at + ".ref");
        if ((path == null) == (git == null)) {
            top.problem(at, path == null ? "expected path (a local directory) or git (a repository URL)"
                    : "path and git exclude each other; a source is one of them");
            return null;
        }
        if (path != null) {
            if (ref != null) {
                top.problem(at + ".ref", "ref belongs to a git source, not to a local path");
            }
            Path dir = projectDirectory.resolve(path).normalize();
            if (!java.nio.file.Files.isDirectory(dir)) {
                top.problem(at + ".path", "the source directory " + dir + " does not exist");
            }
            return new BerthBuild.Source(dir, null, null);
        }
        return new BerthBuild.Source(null, git, ref);
    }

    private BerthBuild.CompileStep compileStep(String name, Service service, ExtensionReader ext) {
        Map<String, Value> compile = ext.map(COMPILE, Set.of("source", "outputs"));
        if (compile == null) {
            return null;
        }
        if (service.image() == null) {
            ext.problem(COMPILE, "the compile step needs an image to run in");
        }
        String target = compile.containsKey("source") ? ext.string(COMPILE + ".source") : DEFAULT_SOURCE_TARGET;
        if (target != null && !target.startsWith("/")) {
            ext.problem(COMPILE + ".source", "expected an absolute path in the container, found \"" + target + "\"");
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, Value> declared = ext.map(COMPILE + ".outputs", null);
        if (declared == null || declared.isEmpty()) {
            if (declared != null || !compile.containsKey("outputs")) {
                ext.problem(compile.containsKey("outputs") ? COMPILE + ".outputs" : COMPILE,
                        "expected outputs: artifact name → path in the container, at least one");
            }
        } else {
            declared.keySet().forEach(artifact -> {
                String path = ext.string(COMPILE + ".outputs." + artifact);
                artifactName(ext, COMPILE + ".outputs." + artifact, artifact);
                absolute(ext, COMPILE + ".outputs." + artifact, path, artifact);
                if (path != null) {
                    outputs.put(artifact, path);
                }
            });
        }
        return new BerthBuild.CompileStep(name, service.image(), service.command(), service.entrypoint(),
                service.environment(), service.workingDir(), target == null ? DEFAULT_SOURCE_TARGET : target, outputs);
    }

    private Map<String, String> targets(ExtensionReader ext) {
        Map<String, Value> declared = ext.map(ARTIFACTS, null);
        Map<String, String> out = new LinkedHashMap<>();
        if (declared == null) {
            return out;
        }
        if (declared.isEmpty()) {
            ext.problem(ARTIFACTS, "expected artifact name → path in the image, at least one");
        }
        Map<String, String> byTarget = new TreeMap<>();
        for (String artifact : declared.keySet()) {
            String at = ARTIFACTS + "." + artifact;
            String path = ext.string(at);
            artifactName(ext, at, artifact);
            if (absolute(ext, at, path, artifact)) {
                String other = byTarget.putIfAbsent(path, artifact);
                if (other != null) {
                    ext.problem(at, "artifact " + other + " goes to " + path + " already");
                }
                out.put(artifact, path);
            }
        }
        return out;
    }

    private Set<String> templates(Project project) {
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, Config> e : project.configs().entrySet()) {
            ExtensionReader ext = new ExtensionReader(e.getValue().extensions(), "configs." + e.getKey() + ".", problems);
            unknownBerthKeys(ext, e.getValue().extensions(), Set.of(TEMPLATE));
            if (!ext.has(TEMPLATE)) {
                continue;
            }
            Value v = e.getValue().extensions().get(TEMPLATE);
            if (!(v instanceof Value.BooleanValue b)) {
                ext.problem(TEMPLATE, "expected true or false");
            } else if (b.value()) {
                Config c = e.getValue();
                if (c.external() || (c.file() == null && c.content() == null)) {
                    ext.problem(TEMPLATE, "a template needs its text in file or content");
                } else {
                    out.add(e.getKey());
                }
            }
        }
        return out;
    }

    private void unknownBerthKeys(ExtensionReader ext, Extensions extensions, Set<String> known) {
        for (String key : extensions.values().keySet()) {
            if (key.startsWith("x-berth-") && !known.contains(key)) {
                ext.problem(key, known.isEmpty() ? "no Berth extension belongs here: x-berth goes at the top,"
                        + " x-berth-compile and x-berth-artifacts on services, x-berth-template on configs"
                        : "unknown Berth extension here; expected " + String.join(" or ", new TreeSet<>(known)));
            }
        }
    }

    private static void artifactName(ExtensionReader ext, String at, String name) {
        if (!ARTIFACT_NAME.matcher(name).matches()) {
            ext.problem(at, "an artifact name is letters, digits, '.', '_' and '-', found \"" + name + "\"");
        }
    }

    private static boolean absolute(ExtensionReader ext, String at, String path, String artifact) {
        if (path == null) {
            return false;
        }
        if (!path.startsWith("/") || path.equals("/")) {
            ext.problem(at, "expected an absolute path in the container, such as /app/" + artifact + ", found \"" + path + "\"");
            return false;
        }
        return true;
    }
}
