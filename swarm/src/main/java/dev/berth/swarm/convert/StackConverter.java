package dev.berth.swarm.convert;

import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.plan.Resource;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.spec.ConfigSpec;
import dev.berth.swarm.spec.Flatten;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.SecretSpec;
import dev.berth.swarm.spec.ServiceSpec;
import dev.berth.swarm.spec.SpecHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns a project into the Swarm specs of one environment, following {@code docker stack deploy}
 * where it has a rule. Pure: file contents and the environment come in through the options, and
 * the same project always gives the same specs, byte for byte.
 */
public final class StackConverter {

    private StackConverter() {
    }

    /** @throws ConversionException with every problem found, when the project cannot become specs */
    public static Stack convert(Project project, EnvironmentName env, ConvertOptions options) {
        Conversion c = new Conversion(project, env, options);
        if (!options.ipvs() && !project.services().isEmpty()) {
            c.notice(EndpointConversion.NO_IPVS_NOTICE);
        }
        c.warnScopedNames();
        List<NetworkCreate> networks = NetworkConversion.networks(c);
        FileObjects files = FileObjects.convert(c);
        Map<String, ServiceSpec> services = new TreeMap<>();
        project.services().forEach((key, service) -> services.put(key, ServiceConversion.service(c, key, service, files)));
        c.throwIfFailed();

        List<Resource> resources = new ArrayList<>();
        List<NetworkCreate> labelledNetworks = labelled(ResourceKind.NETWORK, networks, NetworkCreate::name,
                (n, hash) -> n.withLabel(Labels.SPEC_HASH, hash), resources);
        List<ConfigSpec> labelledConfigs = labelled(ResourceKind.CONFIG, files.configs(), ConfigSpec::name,
                (n, hash) -> n.withLabel(Labels.SPEC_HASH, hash), resources);
        List<SecretSpec> labelledSecrets = labelled(ResourceKind.SECRET, files.secrets(), SecretSpec::name,
                (n, hash) -> n.withLabel(Labels.SPEC_HASH, hash), resources);
        List<ServiceSpec> labelledServices = labelled(ResourceKind.SERVICE, List.copyOf(services.values()),
                ServiceSpec::name,
                (n, hash) -> n.withLabel(Labels.SPEC_HASH, hash), resources);
        Map<String, ServiceSpec> byKey = new TreeMap<>();
        int i = 0;
        for (String key : services.keySet()) {
            byKey.put(key, labelledServices.get(i++));
        }
        return new Stack(labelledNetworks, labelledConfigs, labelledSecrets, byKey, c.warnings(), resources);
    }

    /** Each spec with its hash in the spec-hash label, and as the planner sees it. */
    private static <T> List<T> labelled(ResourceKind kind, List<T> specs, Function<T, String> name,
            BiFunction<T, String, T> withHash, List<Resource> resources) {
        List<T> out = new ArrayList<>();
        for (T spec : specs) {
            String hash = SpecHash.of(spec);
            resources.add(new Resource(kind, name.apply(spec), hash, Flatten.of(spec)));
            out.add(withHash.apply(spec, hash));
        }
        return out;
    }
}
