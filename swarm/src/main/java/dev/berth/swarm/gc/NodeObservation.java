package dev.berth.swarm.gc;

import dev.berth.engine.config.GcSettings;
import dev.berth.engine.gc.NodeContents;
import dev.berth.swarm.client.Observed.DiskUsage;
import dev.berth.swarm.client.Observed.ImageUsage;
import dev.berth.swarm.client.SwarmClient;
import java.time.Instant;
import java.util.List;

/** One engine's containers, images and volumes, as {@code berth gc} judges them. */
final class NodeObservation {

    private NodeObservation() {
    }

    static NodeContents of(SwarmClient engine, GcSettings settings, Instant now) {
        DiskUsage usage = engine.local().diskUsage();
        List<NodeContents.Container> containers = usage.containers().stream()
                .map(c -> new NodeContents.Container(c.id(), c.name(), c.state(), c.imageId(), c.labels(), c.sizeRw()))
                .toList();
        List<NodeContents.Image> images = usage.images().stream().map(i -> image(engine, i, settings, now)).toList();
        List<NodeContents.Volume> volumes = usage.volumes().stream()
                .map(v -> new NodeContents.Volume(v.name(), v.labels(), v.size())).toList();
        return new NodeContents(engine.endpoint().toString(), containers, images, volumes);
    }

    /** The last tag time costs a call per image: asked only of images old enough by their build time. */
    private static NodeContents.Image image(SwarmClient engine, ImageUsage i, GcSettings settings, Instant now) {
        Instant lastTagged = null;
        boolean oldEnough = i.created().isBefore(now.minus(i.tags().isEmpty() ? settings.danglingAge() : settings.imageAge()));
        if (oldEnough && i.containers() <= 0) {
            lastTagged = engine.images().lastTagged(i.id());
        }
        return new NodeContents.Image(i.id(), i.tags(), i.created(), lastTagged, i.uniqueSize());
    }
}
