package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageNamesTest {

    @Test
    void anImageNameLosesItsTagAndDigest() {
        assertThat(ImageNames.withoutTag("shop/web:1.2")).isEqualTo("shop/web");
        assertThat(ImageNames.withoutTag("registry:5000/shop/web")).isEqualTo("registry:5000/shop/web");
        assertThat(ImageNames.withoutTag("registry:5000/shop/web:dev@sha256:abc")).isEqualTo("registry:5000/shop/web");
    }

    @Test
    void anImageUnderARegistryReplacesOnlyTheRegistryPart() {
        assertThat(ImageNames.inRegistry("berth/shop-web", "reg.example.com:5000"))
                .isEqualTo("reg.example.com:5000/berth/shop-web");
        assertThat(ImageNames.inRegistry("old.example.com/team/web", "reg:5000")).isEqualTo("reg:5000/team/web");
        assertThat(ImageNames.inRegistry("localhost/web", "reg:5000")).isEqualTo("reg:5000/web");
        assertThat(ImageNames.inRegistry("web", "reg:5000")).isEqualTo("reg:5000/web");
    }
}
