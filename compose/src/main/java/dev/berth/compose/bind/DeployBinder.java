package dev.berth.compose.bind;

import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.DeviceRequest;
import dev.berth.compose.model.GenericResource;
import dev.berth.compose.model.Placement;
import dev.berth.compose.model.PlacementPreference;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.Resources;
import dev.berth.compose.model.RestartPolicy;
import dev.berth.compose.model.UpdateConfig;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code deploy}: cpus as a fraction of cores, memory in bytes, durations parsed. */
final class DeployBinder {

    private DeployBinder() {
    }

    static Deploy bind(Fields f) {
        if (f == null) {
            return null;
        }
        Node replicasNode = f.node().get("replicas");
        String mode = f.string("mode");
        if (replicasNode != null && mode != null && (mode.equals("global") || mode.equals("global-job"))) {
            f.scalars().report(replicasNode, f.path("replicas"), "replicas can only be set in replicated or"
                    + " replicated-job mode; this service's mode is " + mode);
        }
        Deploy deploy = new Deploy(mode, f.integer("replicas"), f.keyValues("labels", false),
                update(f.fields("update_config")), update(f.fields("rollback_config")), resources(f.fields("resources")),
                restart(f.fields("restart_policy")), placement(f.fields("placement")), f.string("endpoint_mode"),
                f.extensions());
        f.done();
        return deploy;
    }

    private static UpdateConfig update(Fields f) {
        if (f == null) {
            return null;
        }
        UpdateConfig u = new UpdateConfig(f.integer("parallelism"), f.duration("delay"), f.string("failure_action"),
                f.duration("monitor"), f.number("max_failure_ratio"), f.string("order"), f.extensions());
        f.done();
        return u;
    }

    private static Resources resources(Fields f) {
        if (f == null) {
            return null;
        }
        Resources r = new Resources(resource(f.fields("limits")), resource(f.fields("reservations")), f.extensions());
        f.done();
        return r;
    }

    private static Resource resource(Fields f) {
        if (f == null) {
            return null;
        }
        Resource r = new Resource(f.number("cpus"), f.bytes("memory"), f.integer("pids"),
                items(f, "devices", DeployBinder::device), items(f, "generic_resources", DeployBinder::generic),
                f.extensions());
        f.done();
        return r;
    }

    private static DeviceRequest device(Fields f) {
        Node countNode = f.take("count");
        Long count = null;
        if (countNode instanceof ScalarNode s && s.text().equals("all")) {
            count = -1L;
        } else if (countNode != null) {
            count = f.scalars().integer(countNode, f.path("count"));
        }
        DeviceRequest d = new DeviceRequest(f.strings("capabilities"), f.string("driver"), count, f.strings("device_ids"),
                f.keyValues("options", false), f.extensions());
        f.done();
        return d;
    }

    private static GenericResource generic(Fields f) {
        Fields spec = f.fields("discrete_resource_spec");
        f.done();
        if (spec == null) {
            f.scalars().problems().add(f.node().position(), f.path().toString(),
                    "a generic resource needs a discrete_resource_spec");
            return null;
        }
        Long value = spec.integer("value");
        GenericResource g = new GenericResource(spec.string("kind"), value == null ? 0 : value, spec.extensions());
        spec.done();
        return g;
    }

    private static RestartPolicy restart(Fields f) {
        if (f == null) {
            return null;
        }
        RestartPolicy r = new RestartPolicy(f.string("condition"), f.duration("delay"), f.integer("max_attempts"),
                f.duration("window"), f.extensions());
        f.done();
        return r;
    }

    private static Placement placement(Fields f) {
        if (f == null) {
            return null;
        }
        Placement p = new Placement(f.strings("constraints"), items(f, "preferences", DeployBinder::preference),
                f.integer("max_replicas_per_node"), f.extensions());
        f.done();
        return p;
    }

    private static PlacementPreference preference(Fields f) {
        PlacementPreference p = new PlacementPreference(f.string("spread"), f.extensions());
        f.done();
        return p;
    }

    /** Binds each mapping of the sequence at {@code key}. */
    static <T> List<T> items(Fields f, String key, Function<Fields, T> bindOne) {
        List<T> out = new ArrayList<>();
        SeqNode seq = f.seq(key);
        if (seq == null) {
            return out;
        }
        for (int i = 0; i < seq.length(); i++) {
            Node item = seq.get(i);
            if (item instanceof MapNode map) {
                T value = bindOne.apply(new Fields(map, f.path(key).index(i), f.scalars()));
                if (value != null) {
                    out.add(value);
                }
            } else {
                f.scalars().report(item, f.path(key).index(i), "expected a mapping, found " + item.describe());
            }
        }
        return out;
    }
}
