package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.ServiceVolume;
import dev.berth.compose.model.TmpfsOptions;
import dev.berth.compose.model.VolumeBind;
import dev.berth.compose.model.VolumeOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeSyntaxTest {

    private static List<ServiceVolume> volumes(String... specs) {
        StringBuilder yaml = new StringBuilder("services:\n  web:\n    image: nginx\n    volumes:\n");
        for (String spec : specs) {
            yaml.append("      - ").append(spec).append('\n');
        }
        yaml.append("volumes:\n  data:\n");
        return Binding.service(yaml.toString(), "web").volumes();
    }

    @Test
    void turnsAHostPathIntoAReadOnlyBindThatCreatesTheHostPath() {
        assertThat(volumes("./a:/b:ro")).containsExactly(new ServiceVolume("bind", "./a", "/b", true, null,
                new VolumeBind(null, true, null, null, null), null, null, null, null));
    }

    @Test
    void turnsANameIntoANamedVolume() {
        assertThat(volumes("data:/data")).containsExactly(
                new ServiceVolume("volume", "data", "/data", false, null, null, null, null, null, null));
    }

    @Test
    void turnsATargetAloneIntoAnAnonymousVolume() {
        assertThat(volumes("/cache")).containsExactly(
                new ServiceVolume("volume", null, "/cache", false, null, null, null, null, null, null));
    }

    @Test
    void readsNocopySelinuxAndPropagationOptions() {
        assertThat(volumes("data:/data:ro,nocopy", "/srv:/srv:z,rshared")).containsExactly(
                new ServiceVolume("volume", "data", "/data", true, null, null, new VolumeOptions(true, null, null, null),
                        null, null, null),
                new ServiceVolume("bind", "/srv", "/srv", false, null, new VolumeBind("rshared", true, "z", null, null),
                        null, null, null, null));
    }

    @Test
    void keepsTheLegacyConsistencyOption() {
        assertThat(volumes("./src:/src:cached").get(0).consistency()).isEqualTo("cached");
    }

    @Test
    void cleansTheTargetPath() {
        assertThat(volumes("./a:/b/../c//d/", "{type: volume, source: data, target: /x/./y/}"))
                .extracting(ServiceVolume::target).containsExactly("/c/d", "/x/y");
    }

    @Test
    void createsTheHostPathOfALongBindWithABindSection() {
        assertThat(volumes("{type: bind, source: /a, target: /b, bind: {propagation: rslave}}").get(0).bind())
                .isEqualTo(new VolumeBind("rslave", true, null, null, null));
    }

    @Test
    void leavesALongBindWithoutABindSectionAsWritten() {
        assertThat(volumes("{type: bind, source: /a, target: /b}").get(0).bind()).isNull();
    }

    @Test
    void readsTmpfsSizeInBytes() {
        assertThat(volumes("{type: tmpfs, target: /tmp, tmpfs: {size: 64m, mode: 1777}}").get(0).tmpfs())
                .isEqualTo(new TmpfsOptions(67108864L, 1777L, null));
    }

    @Test
    void reportsAnUnknownOption() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    volumes: ["./a:/b:rox"]
                """)).containsExactly("compose.yaml:4:15: services.web.volumes.0: invalid volume \"./a:/b:rox\": unknown"
                + " option \"rox\" (ro, rw, nocopy, z, Z, a propagation such as rshared, or cached, delegated, consistent);"
                + " expected [source:]target[:options] such as ./data:/data:ro");
    }

    @Test
    void reportsTooManyColons() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    volumes: ["/a:/b:ro:x"]
                """)).containsExactly("compose.yaml:4:15: services.web.volumes.0: invalid volume \"/a:/b:ro:x\": too many"
                + " colons; expected [source:]target[:options] such as ./data:/data:ro");
    }
}
