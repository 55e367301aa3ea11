package dev.berth.compose.bind;

import dev.berth.compose.model.ImageOptions;
import dev.berth.compose.model.ServiceVolume;
import dev.berth.compose.model.TmpfsOptions;
import dev.berth.compose.model.VolumeBind;
import dev.berth.compose.model.VolumeOptions;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Service mounts, short syntax to long. {@code ./a:/b:ro} is a read-only bind mount that creates
 * a missing host path (as {@code docker-compose} always did); {@code data:/b} mounts the named
 * volume {@code data}; {@code /b} alone is an anonymous volume. Targets are cleaned like Go's
 * {@code path.Clean}. Named volumes are noted as references to the top-level volumes.
 */
final class VolumeSyntax {

    private static final Set<String> PROPAGATIONS = Set.of("rprivate", "private", "rshared", "shared", "rslave", "slave");
    private static final Set<String> CONSISTENCIES = Set.of("cached", "delegated", "consistent");

    private VolumeSyntax() {
    }

    static List<ServiceVolume> bind(SeqNode seq, Path path, Scalars scalars, References refs) {
        List<ServiceVolume> volumes = new ArrayList<>();
        for (int i = 0; i < seq.length(); i++) {
            Node item = seq.get(i);
            Path at = path.index(i);
            ServiceVolume volume = null;
            if (item instanceof MapNode map) {
                volume = longSyntax(new Fields(map, at, scalars));
                Node source = map.get("source");
                if (volume != null && "volume".equals(volume.type()) && volume.source() != null) {
                    refs.add(References.Kind.VOLUME, volume.source(), source.position(), at.child("source"));
                }
            } else if (item instanceof ScalarNode s && !s.isNull()) {
                try {
                    volume = parse(s.text());
                } catch (IllegalArgumentException e) {
                    scalars.report(item, at, "invalid volume \"" + s.text() + "\": " + e.getMessage()
                            + "; expected [source:]target[:options] such as ./data:/data:ro");
                }
                if (volume != null && "volume".equals(volume.type()) && volume.source() != null) {
                    refs.add(References.Kind.VOLUME, volume.source(), item.position(), at);
                }
            } else {
                scalars.report(item, at, "expected a volume string or mapping, found " + item.describe());
            }
            if (volume != null) {
                volumes.add(volume);
            }
        }
        return volumes;
    }

    private static ServiceVolume longSyntax(Fields f) {
        String type = f.string("type");
        String target = f.string("target");
        ServiceVolume volume = new ServiceVolume(type, f.string("source"), target == null ? null : PathClean.clean(target),
                f.flag("read_only"), f.string("consistency"), bindOptions(f.fields("bind")), volumeOptions(f.fields("volume")),
                tmpfsOptions(f.fields("tmpfs")), imageOptions(f.fields("image")), f.extensions());
        if (type == null) {
            f.scalars().problems().add(f.node().position(), f.path().toString(), "a volume needs a type"
                    + " (bind, volume, tmpfs, npipe, cluster or image)");
        }
        f.done();
        return volume;
    }

    private static VolumeBind bindOptions(Fields f) {
        if (f == null) {
            return null;
        }
        Boolean create = f.bool("create_host_path");
        // compose-spec: a bind section without create_host_path creates the host path
        VolumeBind bind = new VolumeBind(f.string("propagation"), create == null || create, f.string("selinux"),
                f.string("recursive"), f.extensions());
        f.done();
        return bind;
    }

    private static VolumeOptions volumeOptions(Fields f) {
        if (f == null) {
            return null;
        }
        VolumeOptions options = new VolumeOptions(f.flag("nocopy"), f.string("subpath"), f.keyValues("labels", false),
                f.extensions());
        f.done();
        return options;
    }

    private static TmpfsOptions tmpfsOptions(Fields f) {
        if (f == null) {
            return null;
        }
        TmpfsOptions options = new TmpfsOptions(f.bytes("size"), f.integer("mode"), f.extensions());
        f.done();
        return options;
    }

    private static ImageOptions imageOptions(Fields f) {
        if (f == null) {
            return null;
        }
        ImageOptions options = new ImageOptions(f.string("subpath"), f.extensions());
        f.done();
        return options;
    }

    /** Parses one short-syntax volume into its long form. */
    static ServiceVolume parse(String spec) {
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        List<String> parts = split(spec);
        if (parts.size() > 3) {
            throw new IllegalArgumentException("too many colons");
        }
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("empty section between colons");
        }
        if (parts.size() == 1) {
            return new ServiceVolume("volume", null, PathClean.clean(parts.get(0)), false, null, null, null, null, null, null);
        }
        String source = parts.get(0);
        String target = PathClean.clean(parts.get(1));
        boolean bindMount = isHostPath(source);
        boolean readOnly = false;
        boolean nocopy = false;
        String selinux = null;
        String propagation = null;
        String consistency = null;
        if (parts.size() == 3) {
            for (String option : parts.get(2).split(",", -1)) {
                if (option.equals("ro") || option.equals("rw")) {
                    readOnly = option.equals("ro");
                } else if (option.equals("nocopy")) {
                    nocopy = true;
                } else if (option.equals("z") || option.equals("Z")) {
                    selinux = option;
                } else if (PROPAGATIONS.contains(option)) {
                    propagation = option;
                } else if (CONSISTENCIES.contains(option)) {
                    consistency = option;
                } else {
                    throw new IllegalArgumentException("unknown option \"" + option + "\" (ro, rw, nocopy, z, Z, "
                            + "a propagation such as rshared, or cached, delegated, consistent)");
                }
            }
        }
        VolumeBind bind = bindMount || selinux != null || propagation != null
                ? new VolumeBind(propagation, bindMount, selinux, null, null) : null;
        VolumeOptions volume = nocopy ? new VolumeOptions(true, null, null, null) : null;
        return new ServiceVolume(bindMount ? "bind" : "volume", source, target, readOnly, consistency, bind, volume,
                null, null, null);
    }

    /** Splits on colons, keeping a Windows drive letter ({@code C:\data}) with its path. */
    private static List<String> split(String spec) {
        List<String> parts = new ArrayList<>(List.of(spec.split(":", -1)));
        for (int i = 0; i < parts.size() - 1; i++) {
            String next = parts.get(i + 1);
            if (parts.get(i).length() == 1 && Character.isLetter(parts.get(i).charAt(0))
                    && (next.startsWith("\\") || next.startsWith("/"))) {
                parts.set(i, parts.get(i) + ":" + next);
                parts.remove(i + 1);
            }
        }
        return parts;
    }

    /** A host path starts with ., /, ~, \\ or a drive letter; anything else names a volume. */
    private static boolean isHostPath(String source) {
        char first = source.charAt(0);
        return first == '.' || first == '/' || first == '~' || source.startsWith("\\\\")
                || (source.length() > 1 && Character.isLetter(first) && source.charAt(1) == ':');
    }
}
