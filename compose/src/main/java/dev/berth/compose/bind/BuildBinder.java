package dev.berth.compose.bind;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.SeqNode;
import java.util.List;

/**
 * {@code build}: a string is the context; the context defaults to {@code .} and the Dockerfile to
 * {@code Dockerfile} unless it is given inline. Build secrets are references to the top-level secrets.
 */
final class BuildBinder {

    private static final String DOCKERFILE = "Dockerfile";

    private BuildBinder() {
    }

    static Build bind(Node node, Path path, Scalars scalars, References refs) {
        if (!(node instanceof MapNode map)) {
            String context = scalars.text(node, path);
            return context == null ? null : new Build(context, DOCKERFILE, null, null, null, null, null, null, null, null,
                    null, null, null, false, false, null, null, null);
        }
        Fields f = new Fields(map, path, scalars);
        String context = f.string("context");
        String dockerfile = f.string("dockerfile");
        String inline = f.string("dockerfile_inline");
        if (dockerfile != null && inline != null) {
            scalars.problems().add(map.entry("dockerfile_inline").keyPosition(), f.path("dockerfile_inline").toString(),
                    "dockerfile and dockerfile_inline cannot be used together");
        }
        SeqNode secretsNode = f.seq("secrets");
        List<FileReference> secrets = secretsNode == null ? List.of()
                : FileReferenceSyntax.bind(secretsNode, f.path("secrets"), scalars, refs, References.Kind.SECRET, false);
        Build build = new Build(
                context == null ? "." : context,
                dockerfile == null && inline == null ? DOCKERFILE : dockerfile,
                inline,
                f.keyValues("args", true),
                f.string("target"),
                f.keyValues("labels", false),
                f.strings("cache_from"),
                f.strings("cache_to"),
                f.string("network"),
                f.bytes("shm_size"),
                HostsSyntax.bind(f.take("extra_hosts"), f.path("extra_hosts"), scalars),
                f.strings("tags"),
                f.strings("platforms"),
                f.flag("pull"),
                f.flag("no_cache"),
                secrets,
                f.rest(),
                f.extensions());
        return build;
    }
}
