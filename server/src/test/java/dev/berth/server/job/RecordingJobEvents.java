package dev.berth.server.job;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Job events kept as "name data" lines, in order, for tests to compare. */
public final class RecordingJobEvents implements JobEvents {

    public final List<String> emitted = new ArrayList<>();

    @Override
    public void emit(String name, ObjectNode data) {
        emitted.add(name + " " + data);
    }

    @Override
    public ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
