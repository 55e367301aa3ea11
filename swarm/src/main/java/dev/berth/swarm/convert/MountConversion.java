package dev.berth.swarm.convert;

import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceVolume;
import dev.berth.compose.model.Volume;
import dev.berth.compose.model.VolumeBind;
import dev.berth.swarm.spec.Driver;
import dev.berth.swarm.spec.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's {@code volumes} and {@code tmpfs} as mounts. Swarm has no volume objects: each node
 * creates a named volume the first time a task mounts it there, with the driver and labels the
 * mount carries. The labels name the environment, so that its volumes can be found and removed.
 */
final class MountConversion {

    private MountConversion() {
    }

    static List<Mount> mounts(Conversion c, String serviceKey, Service service) {
        List<Mount> out = new ArrayList<>();
        String base = "services." + serviceKey;
        for (int i = 0; i < service.volumes().size(); i++) {
            Mount mount = mount(c, base + ".volumes." + i, service.volumes().get(i));
            if (mount != null) {
                out.add(mount);
            }
        }
        for (int i = 0; i < service.tmpfs().size(); i++) {
            Mount mount = tmpfs(c, base + ".tmpfs." + i, service.tmpfs().get(i));
            if (mount != null) {
                out.add(mount);
            }
        }
        return out;
    }

    private static Mount mount(Conversion c, String path, ServiceVolume v) {
        String type = v.type() == null ? "volume" : v.type();
        return switch (type) {
            case "volume" -> volume(c, path, v);
            case "bind", "npipe" -> bind(c, path, type, v);
            case "tmpfs" -> tmpfs(c, path, v);
            case "cluster", "image" -> {
                c.warn(path + ".type", "Engine API 1.41 cannot mount a " + type + " volume; ignored");
                yield null;
            }
            default -> {
                c.warn(path + ".type", "unknown mount type \"" + type + "\"; ignored");
                yield null;
            }
        };
    }

    private static Mount volume(Conversion c, String path, ServiceVolume v) {
        boolean noCopy = v.volume() != null && v.volume().nocopy();
        if (v.volume() != null && v.volume().subpath() != null) {
            c.warn(path + ".volume.subpath", "Engine API 1.41 cannot mount a volume's subpath; the whole volume is mounted");
        }
        Map<String, String> mountLabels = v.volume() == null ? Map.of() : v.volume().labels();
        Volume declared = v.source() == null ? null : c.project().volumes().get(v.source());
        Mount.VolumeOptions options;
        String source = null;
        if (v.source() == null) {
            options = new Mount.VolumeOptions(flag(noCopy), c.merge(path + ".volume.labels", mountLabels, c.scopeLabels()),
                    null);
        } else if (declared != null && declared.external()) {
            source = declared.name();
            options = noCopy ? new Mount.VolumeOptions(true, null, null) : null;
        } else {
            source = c.volumeName(v.source());
            Map<String, String> user = new TreeMap<>();
            Driver driver = null;
            if (declared != null) {
                user.putAll(declared.labels());
                if (declared.driver() != null || !declared.driverOpts().isEmpty()) {
                    driver = new Driver(declared.driver(), declared.driverOpts());
                }
            }
            user.putAll(mountLabels);
            options = new Mount.VolumeOptions(flag(noCopy), c.merge(path + ".volume.labels", user, c.scopeLabels()), driver);
        }
        return new Mount("volume", source, v.target(), flag(v.readOnly()), v.consistency(), null, options, null);
    }

    private static Mount bind(Conversion c, String path, String type, ServiceVolume v) {
        VolumeBind bind = v.bind();
        Mount.BindOptions options = null;
        if (bind != null) {
            if (bind.selinux() != null) {
                c.warn(path + ".bind.selinux", "Docker Swarm cannot relabel a bind mount for SELinux; ignored");
            }
            Boolean nonRecursive = null;
            if ("disabled".equals(bind.recursive())) {
                nonRecursive = true;
            } else if (bind.recursive() != null && !"enabled".equals(bind.recursive())) {
                c.warn(path + ".bind.recursive", "Engine API 1.41 knows only enabled and disabled, not \""
                        + bind.recursive() + "\"; ignored");
            }
            if (bind.propagation() != null || nonRecursive != null) {
                options = new Mount.BindOptions(bind.propagation(), nonRecursive);
            }
        }
        return new Mount(type, v.source(), v.target(), flag(v.readOnly()), v.consistency(), options, null, null);
    }

    private static Mount tmpfs(Conversion c, String path, ServiceVolume v) {
        if (v.source() != null) {
            c.warn(path + ".source", "a tmpfs mount has no source; ignored");
        }
        Mount.TmpfsOptions options = v.tmpfs() == null || (v.tmpfs().size() == null && v.tmpfs().mode() == null) ? null
                : new Mount.TmpfsOptions(v.tmpfs().size(), v.tmpfs().mode());
        return new Mount("tmpfs", null, v.target(), flag(v.readOnly()), null, null, null, options);
    }

    /** One {@code tmpfs:} entry, {@code /run[:size=64m,mode=1777]}. */
    private static Mount tmpfs(Conversion c, String path, String entry) {
        int colon = entry.indexOf(':');
        String target = colon < 0 ? entry : entry.substring(0, colon);
        Long size = null;
        Long mode = null;
        if (colon >= 0) {
            for (String option : entry.substring(colon + 1).split(",")) {
                try {
                    if (option.startsWith("size=")) {
                        size = ByteSize.parse(option.substring("size=".length()));
                    } else if (option.startsWith("mode=")) {
                        mode = Long.parseLong(option.substring("mode=".length()), 8);
                    } else if (!option.isBlank()) {
                        c.warn(path, "Engine API 1.41 sets only the size and mode of a tmpfs, not \"" + option
                                + "\"; ignored");
                    }
                } catch (IllegalArgumentException e) {
                    c.fail(path, "invalid tmpfs option \"" + option + "\"; expected size=64m or mode=1777");
                }
            }
        }
        Mount.TmpfsOptions options = size == null && mode == null ? null : new Mount.TmpfsOptions(size, mode);
        return new Mount("tmpfs", null, target, null, null, null, null, options);
    }

    static Boolean flag(boolean value) {
        return value ? Boolean.TRUE : null;
    }
}
