package dev.berth.engine.plan;

import dev.berth.engine.EnvironmentName;
import java.util.List;

/**
 * What {@code up} will do, decided before anything is touched: a value that can be printed
 * (dry run), compared and tested. Creation runs networks → configs and secrets → services;
 * removal of what the files no longer name runs in reverse after the services converged.
 */
public record Plan(EnvironmentName environment, List<Change> changes, List<String> notices) {

    public Plan {
        changes = List.copyOf(changes);
        notices = List.copyOf(notices);
    }

    public List<Change> of(Change.Action action) {
        return changes.stream().filter(c -> c.action() == action).toList();
    }

    public List<Change> of(Change.Action action, ResourceKind kind) {
        return changes.stream().filter(c -> c.action() == action && c.kind() == kind).toList();
    }

    /** The fields of a service's spec that follow its image: the image, and the label docker stack sets to it. */
    public static final java.util.Set<String> IMAGE_FIELDS = java.util.Set.of("TaskTemplate.ContainerSpec.Image",
            "Labels.com.docker.stack.image");

    /**
     * The plan as a preview shows it when {@code up} makes the images of {@code services} (keys in
     * the files) only as it runs — the compile step's modules, services with {@code build:}: their
     * image is no change the preview can know of, so a service that differs in nothing else is
     * kept, and a notice says so.
     */
    public Plan imagesMadeOnUp(java.util.Set<String> services) {
        if (services.isEmpty()) {
            return this;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        services.forEach(s -> names.add(environment.scoped(s)));
        List<Change> out = changes.stream().map(c -> {
            if (c.kind() != ResourceKind.SERVICE || c.action() != Change.Action.UPDATE || !names.contains(c.name())) {
                return c;
            }
            List<String> fields = c.changedFields().stream().filter(f -> !IMAGE_FIELDS.contains(f)).toList();
            return new Change(fields.isEmpty() ? Change.Action.KEEP : Change.Action.UPDATE, c.kind(), c.name(), fields);
        }).toList();
        List<String> more = new java.util.ArrayList<>(notices);
        more.add("the images of " + String.join(", ", new java.util.TreeSet<>(services)) + " are made by berth up"
                + " (compile step, build:), so whether they change is not shown here; everything else is compared");
        return new Plan(environment, out, more);
    }

    public boolean changesNothing() {
        return changes.stream().allMatch(c -> c.action() == Change.Action.KEEP);
    }
}
