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

    /** A path into a list item: group 1 the item ({@code A.Env.3}), group 2 the list ({@code A.Env}). */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("((.*?)\\.\\d+)(\\..*)?");

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

    /**
     * Field names whose values differ, e.g. {@code TaskTemplate.ContainerSpec.Env}. Only what the
     * desired spec says counts, so defaults the engine fills into the actual spec are no change;
     * an item dropped from a list the desired spec has is one.
     */
    static List<String> changedFields(Resource have, Resource want) {
        TreeSet<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : want.fields().entrySet()) {
            if (!Objects.equals(have.fields().get(e.getKey()), e.getValue())) {
                changed.add(field(e.getKey()));
            }
        }
        for (String path : have.fields().keySet()) {
            java.util.regex.Matcher item = LIST_ITEM.matcher(path);
            if (item.matches() && !want.fields().containsKey(path)) {
                String prefix = item.group(1);
                boolean listWanted = want.fields().keySet().stream().anyMatch(k -> k.startsWith(item.group(2) + "."));
                boolean itemWanted = want.fields().keySet().stream()
                        .anyMatch(k -> k.equals(prefix) || k.startsWith(prefix + "."));
                if (listWanted && !itemWanted) {
                    changed.add(item.group(2));
                }
            }
        }
        return List.copyOf(changed);
    }

    private static String field(String path) {
        return path.replaceAll("\\.\\d+(\\..*)?$", "");
    }
}
