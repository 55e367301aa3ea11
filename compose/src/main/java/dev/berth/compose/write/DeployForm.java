package dev.berth.compose.write;

import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.DeviceRequest;
import dev.berth.compose.model.GenericResource;
import dev.berth.compose.model.Placement;
import dev.berth.compose.model.Resource;
import dev.berth.compose.model.Resources;
import dev.berth.compose.model.RestartPolicy;
import dev.berth.compose.model.UpdateConfig;
import java.util.Map;

/** {@code deploy} in the canonical output: memory in bytes, durations in Go syntax. */
final class DeployForm {

    private DeployForm() {
    }

    static Map<String, Object> of(Deploy d) {
        return new Entries()
                .text("mode", d.mode())
                .number("replicas", d.replicas())
                .textMap("labels", d.labels())
                .mapping("update_config", d.updateConfig(), DeployForm::update)
                .mapping("rollback_config", d.rollbackConfig(), DeployForm::update)
                .mapping("resources", d.resources(), DeployForm::resources)
                .mapping("restart_policy", d.restartPolicy(), DeployForm::restart)
                .mapping("placement", d.placement(), DeployForm::placement)
                .text("endpoint_mode", d.endpointMode())
                .extensions(d.extensions())
                .build();
    }

    private static Map<String, Object> update(UpdateConfig u) {
        return new Entries()
                .number("parallelism", u.parallelism())
                .duration("delay", u.delay())
                .text("failure_action", u.failureAction())
                .duration("monitor", u.monitor())
                .number("max_failure_ratio", u.maxFailureRatio())
                .text("order", u.order())
                .extensions(u.extensions())
                .build();
    }

    private static Map<String, Object> resources(Resources r) {
        return new Entries()
                .mapping("limits", r.limits(), DeployForm::resource)
                .mapping("reservations", r.reservations(), DeployForm::resource)
                .extensions(r.extensions())
                .build();
    }

    private static Map<String, Object> resource(Resource r) {
        return new Entries()
                .number("cpus", r.cpus())
                .number("memory", r.memory())
                .number("pids", r.pids())
                .list("devices", r.devices(), DeployForm::device)
                .list("generic_resources", r.genericResources(), DeployForm::generic)
                .extensions(r.extensions())
                .build();
    }

    private static Object device(DeviceRequest d) {
        Entries out = new Entries()
                .texts("capabilities", d.capabilities())
                .text("driver", d.driver())
                .texts("device_ids", d.deviceIds())
                .textMap("options", d.options())
                .extensions(d.extensions());
        if (d.count() != null && d.count() < 0) {
            out.text("count", "all");
        } else {
            out.number("count", d.count());
        }
        return out.build();
    }

    private static Object generic(GenericResource g) {
        Map<String, Object> spec = new Entries().text("kind", g.kind()).number("value", g.value())
                .extensions(g.extensions()).build();
        return new Entries().mapping("discrete_resource_spec", spec).build();
    }

    private static Map<String, Object> restart(RestartPolicy r) {
        return new Entries()
                .text("condition", r.condition())
                .duration("delay", r.delay())
                .number("max_attempts", r.maxAttempts())
                .duration("window", r.window())
                .extensions(r.extensions())
                .build();
    }

    private static Map<String, Object> placement(Placement p) {
        return new Entries()
                .texts("constraints", p.constraints())
                .list("preferences", p.preferences(), pref -> new Entries().text("spread", pref.spread())
                        .extensions(pref.extensions()).build())
                .number("max_replicas_per_node", p.maxReplicasPerNode())
                .extensions(p.extensions())
                .build();
    }
}
