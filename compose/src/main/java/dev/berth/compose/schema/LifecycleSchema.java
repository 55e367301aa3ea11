package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.duration;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.atLeast;
import static dev.berth.compose.schema.Schemas.bool;
import static dev.berth.compose.schema.Schemas.command;
import static dev.berth.compose.schema.Schemas.enumOf;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.orNull;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrList;

/** Around a container's life: its health check, start and stop hooks, and development watches. */
final class LifecycleSchema {

    private LifecycleSchema() {
    }

    static Schema healthcheck() {
        return object()
                .field("disable", bool())
                .field("interval", duration())
                .field("retries", atLeast(0))
                .field("start_interval", duration())
                .field("start_period", duration())
                .field("test", anyOf(string(), list(string())))
                .field("timeout", duration());
    }

    /** post_start and pre_stop: a command run inside the service's container. */
    static Schema hook() {
        return object()
                .field("command", command())
                .field("environment", listOrDict())
                .field("privileged", bool())
                .field("user", string())
                .field("working_dir", string())
                .required("command");
    }

    /** pre_start: a step in an ephemeral container of its own, before the service starts. */
    static Schema preStartHook() {
        return object()
                .field("command", command())
                .field("environment", listOrDict())
                .field("image", string())
                .field("per_replica", bool())
                .field("privileged", bool())
                .field("user", string())
                .field("working_dir", string());
    }

    static Schema develop() {
        return orNull(object()
                .field("watch", list(object()
                        .field("action", enumOf("rebuild", "sync", "restart", "sync+restart", "sync+exec"))
                        .field("exec", hook())
                        .field("ignore", stringOrList())
                        .field("include", stringOrList())
                        .field("initial_sync", bool())
                        .field("path", string())
                        .field("target", string())
                        .required("path", "action"))));
    }
}
