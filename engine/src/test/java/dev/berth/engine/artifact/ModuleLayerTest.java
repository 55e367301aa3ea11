package dev.berth.engine.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleLayerTest {

    private static final ModuleLayer.Delivery JAR = new ModuleLayer.Delivery("catalog.jar", "aa", 3, false, "/app/catalog.jar");
    private static final ModuleLayer.Delivery WEB = new ModuleLayer.Delivery("web", "bb", 9, true, "/app/web");

    @Test
    void theTagFollowsBaseArtifactsAndTargetsOnly() {
        ModuleLayer layer = new ModuleLayer("shop", "catalog", "sha256:base", List.of(JAR, WEB));
        assertThat(layer.reference()).matches("berth-module/shop-catalog:[0-9a-f]{12}");
        assertThat(new ModuleLayer("shop", "catalog", "sha256:base", List.of(WEB, JAR)).hash()).isEqualTo(layer.hash());
        assertThat(new ModuleLayer("shop", "catalog", "sha256:base2", List.of(JAR, WEB)).hash()).isNotEqualTo(layer.hash());
        assertThat(new ModuleLayer("shop", "catalog", "sha256:base", List.of(JAR,
                new ModuleLayer.Delivery("web", "cc", 9, true, "/app/web"))).hash()).isNotEqualTo(layer.hash());
        assertThat(new ModuleLayer("shop", "catalog", "sha256:base", List.of(JAR,
                new ModuleLayer.Delivery("web", "bb", 9, true, "/srv/web"))).hash()).isNotEqualTo(layer.hash());
    }

    @Test
    void theReferenceIsAValidLowerCaseName() {
        assertThat(new ModuleLayer("Shop", "Cat_Alog", "b", List.of(JAR)).reference()).startsWith("berth-module/shop-cat_alog:");
    }

    @Test
    void theLabelListsArtifactsByName() {
        assertThat(new ModuleLayer("shop", "catalog", "b", List.of(WEB, JAR)).label())
                .isEqualTo("catalog.jar=sha256:aa@/app/catalog.jar,web=sha256:bb@/app/web");
    }
}
