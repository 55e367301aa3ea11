package dev.berth.server.job;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a running job emits its events. */
public interface JobEvents {

    void emit(String name, ObjectNode data);

    ObjectNode object();

    default void notice(String message) {
        emit("notice", object().put("message", message));
    }

    default void progress(String service, String state, String message) {
        emit("progress", object().put("service", service).put("state", state).put("message", message));
    }
}
