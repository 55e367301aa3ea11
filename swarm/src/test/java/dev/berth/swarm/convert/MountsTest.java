package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Labels;
import dev.berth.swarm.spec.Driver;
import dev.berth.swarm.spec.Mount;
import dev.berth.swarm.spec.SpecJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MountsTest {

    private static List<Mount> mounts(String yaml) {
        return Projects.container(yaml, "app").mounts();
    }

    @Test
    void mountsANamedVolumeWithItsDriverAndLabels() {
        Mount mount = mounts("""
                services:
                  app:
                    image: app:1
                    volumes:
                      - data:/data:ro,nocopy
                volumes:
                  data:
                    driver: local
                    driver_opts: {type: nfs, o: "addr=10.0.0.1"}
                    labels: {com.example.backup: daily}
                """).get(0);

        assertThat(mount.type()).isEqualTo("volume");
        assertThat(mount.source()).isEqualTo("shop-alice_data");
        assertThat(mount.target()).isEqualTo("/data");
        assertThat(mount.readOnly()).isTrue();
        assertThat(mount.volumeOptions()).isEqualTo(new Mount.VolumeOptions(true, Map.of(Labels.STACK_NAMESPACE,
                "shop-alice", Labels.ENVIRONMENT, "shop-alice", "com.example.backup", "daily"),
                new Driver("local", Map.of("type", "nfs", "o", "addr=10.0.0.1"))));
    }

    @Test
    void labelsAnonymousVolumesWithTheEnvironment() {
        Mount mount = mounts("""
                services:
                  app:
                    image: app:1
                    volumes: [/cache]
                """).get(0);

        assertThat(SpecJson.write(mount)).isEqualTo("{\"Type\":\"volume\",\"Target\":\"/cache\",\"VolumeOptions\":{\"Labels\":"
                + "{\"com.docker.stack.namespace\":\"shop-alice\",\"dev.berth.environment\":\"shop-alice\"}}}");
    }

    @Test
    void mountsAnExternalVolumeByItsNameAndLeavesItsLabelsAlone() {
        Mount mount = mounts("""
                services:
                  app:
                    image: app:1
                    volumes: [shared:/shared]
                volumes:
                  shared:
                    external: true
                    name: team-shared
                """).get(0);

        assertThat(mount).isEqualTo(new Mount("volume", "team-shared", "/shared", null, null, null, null, null));
    }

    @Test
    void bindsAHostPathWithItsPropagation() {
        Mount mount = mounts("""
                services:
                  app:
                    image: app:1
                    volumes:
                      - type: bind
                        source: /var/log
                        target: /host-logs
                        read_only: true
                        bind:
                          propagation: rslave
                          recursive: disabled
                """).get(0);

        assertThat(mount).isEqualTo(new Mount("bind", "/var/log", "/host-logs", true, null,
                new Mount.BindOptions("rslave", true), null, null));
    }

    @Test
    void turnsTmpfsEntriesIntoTmpfsMountsWithSizeAndMode() {
        List<Mount> mounts = mounts("""
                services:
                  app:
                    image: app:1
                    tmpfs:
                      - /run
                      - /tmp:size=1g,mode=0700
                """);

        assertThat(mounts).containsExactly(
                new Mount("tmpfs", null, "/run", null, null, null, null, null),
                new Mount("tmpfs", null, "/tmp", null, null, null, null, new Mount.TmpfsOptions(1L << 30, 0700L)));
    }

    @Test
    void takesTheSizeAndModeOfALongSyntaxTmpfs() {
        Mount mount = mounts("""
                services:
                  app:
                    image: app:1
                    volumes:
                      - type: tmpfs
                        target: /scratch
                        tmpfs: {size: 64m, mode: 1777}
                """).get(0);

        assertThat(mount.tmpfsOptions()).isEqualTo(new Mount.TmpfsOptions(64L << 20, 1777L));
    }

    @Test
    void warnsAboutWhatTheEngineCannotMount() {
        Stack stack = Projects.convert("""
                services:
                  app:
                    image: app:1
                    tmpfs: ["/run:size=1m,noexec"]
                    volumes:
                      - ./conf:/conf:z
                      - type: volume
                        source: data
                        target: /data
                        volume: {subpath: sub}
                      - type: image
                        source: alpine
                        target: /img
                volumes:
                  data:
                """);

        assertThat(stack.services().get("app").taskTemplate().containerSpec().mounts()).extracting(Mount::target)
                .containsExactly("/conf", "/data", "/run");
        assertThat(stack.warnings()).containsExactly(
                "services.app.volumes.0.bind.selinux: Docker Swarm cannot relabel a bind mount for SELinux; ignored",
                "services.app.volumes.1.volume.subpath: Engine API 1.41 cannot mount a volume's subpath; the whole volume"
                        + " is mounted",
                "services.app.volumes.2.type: Engine API 1.41 cannot mount a image volume; ignored",
                "services.app.tmpfs.0: Engine API 1.41 sets only the size and mode of a tmpfs, not \"noexec\"; ignored");
    }

    @Test
    void refusesATmpfsSizeItCannotRead() {
        assertThat(Projects.problems("""
                services:
                  app:
                    image: app:1
                    tmpfs: ["/run:size=lots"]
                """, Projects.options())).containsExactly("services.app.tmpfs.0: invalid tmpfs option \"size=lots\";"
                + " expected size=64m or mode=1777");
    }
}
