package dev.berth.engine.admission;

import java.util.List;

/** The nodes of a cluster and the tasks on them (of every service, Berth's or not). */
public record ClusterState(List<NodeCapacity> nodes, List<TaskLoad> tasks) {

    public ClusterState {
        nodes = List.copyOf(nodes);
        tasks = List.copyOf(tasks);
    }
}
