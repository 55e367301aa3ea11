package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.build.BuildEvent;
import dev.berth.swarm.build.ImageOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How build events print: the Dockerfile's steps and where images went; nothing when quiet. */
class BuildProgressTest {

    private static final List<BuildEvent> EVENTS = List.of(
            new BuildEvent.Step("web", "Step 1/2 : FROM berth/busybox:1"),
            new BuildEvent.Step("web", " ---> 1a2b3c"),
            new BuildEvent.Step("web", "Step 2/2 : COPY index.html /www/"),
            new BuildEvent.Ready("web", new ImageOutcome("berth/shop-web:0123456789ab", "sha256:1", 2_010_000, true)),
            new BuildEvent.Ready("api", new ImageOutcome("berth/shop-api:ba9876543210", "sha256:2", 999, false)),
            new BuildEvent.Sending("web", "berth-node2"),
            new BuildEvent.Sent("web", "berth-node2", false),
            new BuildEvent.Sent("web", "berth-node1", true),
            new BuildEvent.Ignored("web", "services.web.build.ssh", "not supported when building on Swarm"));

    private static String print(ProgressPrinter.Mode mode) {
        StringWriter out = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(out), mode, false);
        EVENTS.forEach(printer::on);
        return out.toString();
    }

    @Test
    void plainOutputShowsStepsImagesAndCopiesMade() {
        assertThat(print(ProgressPrinter.Mode.plain)).isEqualTo("""
                web: build Step 1/2 : FROM berth/busybox:1
                web: build Step 2/2 : COPY index.html /www/
                built image berth/shop-web:0123456789ab of web (2.01MB)
                web: image ready
                unchanged image berth/shop-api:ba9876543210 of api (999B)
                api: image ready
                web: sending image to berth-node2
                sent image of web to berth-node2
                notice: services.web.build.ssh: ignored: not supported when building on Swarm
                """);
    }

    @Test
    void quietPrintsNothing() {
        assertThat(print(ProgressPrinter.Mode.quiet)).isEmpty();
    }

    @Test
    void sizesReadAsDockerPrintsThem() {
        assertThat(ImageSizes.format(999)).isEqualTo("999B");
        assertThat(ImageSizes.format(7_680)).isEqualTo("7.68kB");
        assertThat(ImageSizes.format(405_000_000)).isEqualTo("405MB");
        assertThat(ImageSizes.format(12_345_678_901L)).isEqualTo("12.3GB");
    }
}
