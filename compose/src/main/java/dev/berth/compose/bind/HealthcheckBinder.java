package dev.berth.compose.bind;

import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.SeqNode;
import java.util.List;
import java.util.Set;

/** {@code healthcheck}: a string test becomes {@code ["CMD-SHELL", test]}; durations parsed. */
final class HealthcheckBinder {

    private static final Set<String> TEST_KINDS = Set.of("CMD", "CMD-SHELL", "NONE");

    private HealthcheckBinder() {
    }

    static Healthcheck bind(Fields f) {
        if (f == null) {
            return null;
        }
        Node testNode = f.node().get("test");
        List<String> test = f.strings("test");
        if (testNode != null && !(testNode instanceof SeqNode) && !test.isEmpty()) {
            test = List.of("CMD-SHELL", test.get(0));
        } else if (!test.isEmpty() && !TEST_KINDS.contains(test.get(0))) {
            f.scalars().report(((SeqNode) testNode).get(0), f.path("test").index(0), "a test sequence starts with"
                    + " CMD, CMD-SHELL or NONE, not \"" + test.get(0) + "\"");
        }
        Healthcheck h = new Healthcheck(test, f.duration("interval"), f.duration("timeout"), f.duration("start_period"),
                f.duration("start_interval"), f.integer("retries"), f.flag("disable"), f.extensions());
        f.done();
        return h;
    }
}
