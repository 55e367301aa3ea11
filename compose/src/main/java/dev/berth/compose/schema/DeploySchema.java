package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.byteSize;
import static dev.berth.compose.schema.Formats.duration;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.atLeast;
import static dev.berth.compose.schema.Schemas.enumOf;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.nonNegativeNumber;
import static dev.berth.compose.schema.Schemas.orNull;
import static dev.berth.compose.schema.Schemas.number;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;

/** A service's {@code deploy} section: how Swarm runs, places, updates and restarts it. */
final class DeploySchema {

    private DeploySchema() {
    }

    static Schema deploy() {
        return orNull(object()
                .field("endpoint_mode", enumOf("vip", "dnsrr"))
                .field("labels", listOrDict())
                .field("mode", enumOf("replicated", "global", "replicated-job", "global-job"))
                .field("placement", placement())
                .field("replicas", atLeast(0))
                .field("resources", resources())
                .field("restart_policy", restartPolicy())
                .field("rollback_config", updates(enumOf("continue", "pause")))
                .field("update_config", updates(enumOf("continue", "pause", "rollback"))));
    }

    private static Schema placement() {
        return object()
                .field("constraints", list(string()))
                .field("preferences", list(object().field("spread", string())))
                .field("max_replicas_per_node", atLeast(0));
    }

    private static Schema resources() {
        return object()
                .field("limits", object()
                        .field("cpus", nonNegativeNumber())
                        .field("memory", byteSize())
                        .field("pids", atLeast(-1)))
                .field("reservations", object()
                        .field("cpus", nonNegativeNumber())
                        .field("memory", byteSize())
                        .field("generic_resources", list(object()
                                .field("discrete_resource_spec", object()
                                        .field("kind", string())
                                        .field("value", number()))))
                        .field("devices", list(ResourceSchema.deviceRequest().required("capabilities"))));
    }

    private static Schema restartPolicy() {
        return object()
                .field("condition", enumOf("none", "on-failure", "any"))
                .field("delay", duration())
                .field("max_attempts", atLeast(0))
                .field("window", duration());
    }

    /** update_config and rollback_config; a rollback cannot itself fail into a rollback. */
    private static Schema updates(Schema failureAction) {
        return object()
                .field("parallelism", atLeast(0))
                .field("delay", duration())
                .field("failure_action", failureAction)
                .field("monitor", duration())
                .field("max_failure_ratio", nonNegativeNumber())
                .field("order", enumOf("start-first", "stop-first"));
    }
}
