package dev.berth.engine.artifact;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Berth's build extensions of one project, bound and checked: where the source comes from, the
 * compile step, which module takes which artifact where, and which configs are templates.
 *
 * @param source null when the project declares no {@code x-berth.source}
 * @param compile null when no service declares {@code x-berth-compile}
 * @param modules service → its {@code x-berth-artifacts}, for services that declare them
 * @param templates the keys of configs with {@code x-berth-template: true}
 */
public record BerthBuild(Source source, CompileStep compile, Map<String, Module> modules, Set<String> templates) {

    public static final BerthBuild NONE = new BerthBuild(null, null, Map.of(), Set.of());

    public BerthBuild {
        modules = Map.copyOf(new TreeMap<>(modules));
        templates = Set.copyOf(templates);
    }

    public boolean empty() {
        return source == null && compile == null && modules.isEmpty() && templates.isEmpty();
    }

    public Optional<CompileStep> compileStep() {
        return Optional.ofNullable(compile);
    }

    /**
     * {@code x-berth.source}: a local directory, or a git repository at a revision.
     *
     * @param path absolute; null for a git source
     * @param git the repository URL; null for a local source
     * @param ref branch, tag or commit; null = the remote's default branch
     */
    public record Source(Path path, String git, String ref) {
        public boolean local() {
            return path != null;
        }

        @Override
        public String toString() {
            return local() ? path.toString() : git + (ref == null ? "" : "@" + ref);
        }
    }

    /**
     * The service that declares {@code x-berth-compile}: what it runs and what it leaves behind.
     *
     * @param command null = the image's own
     * @param entrypoint null = the image's own
     * @param workingDir null = the image's own
     * @param sourceTarget where the source tree is placed in the container (absolute)
     * @param outputs artifact name → absolute path in the container after the step exits 0
     */
    public record CompileStep(String service, String image, List<String> command, List<String> entrypoint,
                              Map<String, String> environment, String workingDir, String sourceTarget,
                              Map<String, String> outputs) {
        public CompileStep {
            command = command == null ? null : List.copyOf(command);
            entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
            environment = java.util.Collections.unmodifiableMap(new TreeMap<>(environment));
            outputs = Map.copyOf(new TreeMap<>(outputs));
        }
    }

    /** A service that takes artifacts: artifact name → absolute path in its image. */
    public record Module(String service, Map<String, String> targets) {
        public Module {
            targets = Map.copyOf(new TreeMap<>(targets));
        }
    }
}
