package dev.berth.compose.bind;

import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Binds the loaded tree (interpolated, validated, extended, merged, profiles applied) to the
 * immutable {@link Project}: short syntax to long, the specification's defaults filled in, and
 * every cross-reference checked. All problems are reported at once.
 */
public final class ProjectBinder {

    private ProjectBinder() {
    }

    /**
     * @param root the loaded tree of the whole project
     * @param projectName the project's name, which prefixes the names of what Berth creates
     * @throws dev.berth.compose.problem.ComposeException with every problem found
     */
    public static Project bind(MapNode root, String projectName) {
        Problems problems = new Problems();
        Scalars scalars = new Scalars(problems);
        References refs = new References();
        TopLevelBinder topLevel = new TopLevelBinder(projectName, scalars);
        Fields f = new Fields(root, Path.ROOT, scalars);
        f.take("name");
        f.take("version");

        ServiceBinder serviceBinder = new ServiceBinder(scalars, refs);
        Map<String, Service> services = topLevel.section(f.take("services"), Path.of("services"), serviceBinder::bind);
        Map<String, Network> networks = topLevel.section(f.take("networks"), Path.of("networks"), topLevel::network);
        var volumes = topLevel.section(f.take("volumes"), Path.of("volumes"), topLevel::volume);
        var configs = topLevel.section(f.take("configs"), Path.of("configs"), topLevel::config);
        var secrets = topLevel.section(f.take("secrets"), Path.of("secrets"), topLevel::secret);
        var extensions = f.extensions();
        f.done();

        networks = withDefaultNetwork(networks, services, projectName);
        Map<References.Kind, Set<String>> defined = new EnumMap<>(References.Kind.class);
        defined.put(References.Kind.SERVICE, services.keySet());
        defined.put(References.Kind.NETWORK, withDefault(networks.keySet()));
        defined.put(References.Kind.VOLUME, volumes.keySet());
        defined.put(References.Kind.CONFIG, configs.keySet());
        defined.put(References.Kind.SECRET, secrets.keySet());
        ReferenceCheck.check(refs, defined, problems);

        problems.throwIfAny();
        return new Project(projectName, services, networks, volumes, configs, secrets, extensions);
    }

    /** The implicit {@code default} network exists only when a service joins it and the file does not define it. */
    private static Map<String, Network> withDefaultNetwork(Map<String, Network> networks, Map<String, Service> services,
            String projectName) {
        boolean used = services.values().stream().anyMatch(s -> s.networks().containsKey(NetworkAttachments.DEFAULT));
        if (!used || networks.containsKey(NetworkAttachments.DEFAULT)) {
            return networks;
        }
        Map<String, Network> out = new LinkedHashMap<>(networks);
        out.put(NetworkAttachments.DEFAULT, new Network(projectName + "_" + NetworkAttachments.DEFAULT, null, null, false,
                false, null, false, null, null, null, null));
        return out;
    }

    private static Set<String> withDefault(Set<String> names) {
        Set<String> out = new HashSet<>(names);
        out.add(NetworkAttachments.DEFAULT);
        return out;
    }

}
