package dev.berth.engine.plan;

import dev.berth.engine.EnvironmentName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Desired state against actual state: what to create, update (an unchanged spec hash is never
 * touched), keep and remove. Pure: the backend renders the desired resources and reads the
 * actual ones; the planner only compares.
 */
public final class Planner {

    private Planner() {
    }

    public static Plan plan(EnvironmentName environment, List<Resource> desired, List<Resource> actual,
                            List<String> notices) {
        Map<String, Resource> found = new LinkedHashMap<>();
        actual.forEach(r -> found.put(key(r), r));
        List<Change> changes = new ArrayList<>();
        for (Resource want : desired) {
            Resource have = found.remove(key(want));
            if (have == null) {
                changes.add(new Change(Change.Action.CREATE, want.kind(), want.name(), List.of()));
            } else if (Objects.equals(have.specHash(), want.specHash())) {
                changes.add(new Change(Change.Action.KEEP, want.kind(), want.name(), List.of()));
            } else {
                changes.add(new Change(Change.Action.UPDATE, want.kind(), want.name(), changedFields(have, want)));
            }
        }
        for (Resource stale : found.values()) {
            changes.add(new Change(Change.Action.REMOVE, stale.kind(), stale.name(), List.of()));
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::name));
        return new Plan(environment, changes, notices);
    }

    private static String key(Resource r) {
        return r.kind() + "/" + r.name();
    }

    /** Top-level field names whose values differ, e.g. {@code TaskTemplate.ContainerSpec.Env}. */
    static List<String> changedFields(Resource have, Resource want) {
        TreeSet<String> paths = new TreeSet<>(have.fields().keySet());
        paths.addAll(want.fields().keySet());
        TreeSet<String> changed = new TreeSet<>();
        for (String path : paths) {
            if (!Objects.equals(have.fields().get(path), want.fields().get(path))) {
                changed.add(path.replaceAll("\\.\\d+(\\..*)?$", "").replaceAll("\\[\\d+].*$", ""));
            }
        }
        return List.copyOf(changed);
    }
}
