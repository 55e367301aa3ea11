package dev.berth.server.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.build.BuildEvent;
import dev.berth.swarm.build.ImageOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deploy and build events as job events: every event of one service names it by its key in the files. */
class DeployEventsTest {

    private final RecordingJobEvents events = new RecordingJobEvents();
    private final List<String> emitted = events.emitted;

    @Test
    void aServiceIsOneRowFromItsBuildToItsReadiness() {
        new BuildEvents(events).on(new BuildEvent.Ready("gateway", new ImageOutcome("berth-module/shop-gateway:0123",
                "sha256:1", 10, true)));
        DeployEvents deploy = new DeployEvents(events);
        deploy.on(new DeployEvent.Applied(new Change(Change.Action.CREATE, ResourceKind.NETWORK, "shop-a_default",
                List.of())));
        deploy.on(new DeployEvent.Applied(new Change(Change.Action.CREATE, ResourceKind.SERVICE, "shop-a_gateway",
                List.of())));
        deploy.on(new DeployEvent.Ready("gateway"));
        assertThat(emitted).containsExactly(
                "progress {\"service\":\"gateway\",\"state\":\"built\",\"message\":\"built image berth-module/shop-gateway:0123\"}",
                "progress {\"service\":\"shop-a_default\",\"state\":\"create\",\"message\":\"network shop-a_default created\"}",
                "progress {\"service\":\"gateway\",\"state\":\"create\",\"message\":\"service shop-a_gateway created\"}",
                "progress {\"service\":\"gateway\",\"state\":\"ready\",\"message\":\"gateway is ready\"}");
    }

    @Test
    void aBuildsOutputShowsItsStepsAndAtMostOneOtherLineASecondUntilItsResult() {
        long[] now = {0};
        BuildEvents build = new BuildEvents(events, () -> now[0]);
        build.on(new BuildEvent.Step("build", "[javac] Compiling 12 source files"));
        now[0] += 300_000_000L;
        build.on(new BuildEvent.Step("build", "[javac] Note: uses unchecked operations"));
        build.on(new BuildEvent.Step("build", "Step 2/4 : COPY . /src"));
        build.on(new BuildEvent.Step("gateway", "   "));
        build.on(new BuildEvent.Step("gateway", "  fetched 3 files  "));
        now[0] += 800_000_000L;
        build.on(new BuildEvent.Step("build", "BUILD SUCCESSFUL"));
        build.on(new BuildEvent.Note("build", "compile step build: shop.jar sha256:0123456789ab (2048 bytes)"));
        build.on(new BuildEvent.Note("build", "compile step build: web.war sha256:ba9876543210 (4096 bytes)"));
        assertThat(emitted).containsExactly(
                "progress {\"service\":\"build\",\"state\":\"building\",\"message\":\"[javac] Compiling 12 source files\"}",
                "progress {\"service\":\"build\",\"state\":\"building\",\"message\":\"Step 2/4 : COPY . /src\"}",
                "progress {\"service\":\"gateway\",\"state\":\"building\",\"message\":\"fetched 3 files\"}",
                "progress {\"service\":\"build\",\"state\":\"building\",\"message\":\"BUILD SUCCESSFUL\"}",
                "notice {\"message\":\"compile step build: shop.jar sha256:0123456789ab (2048 bytes)\"}",
                "progress {\"service\":\"build\",\"state\":\"built\",\"message\":\"compile step build: shop.jar"
                        + " sha256:0123456789ab (2048 bytes)\"}",
                "notice {\"message\":\"compile step build: web.war sha256:ba9876543210 (4096 bytes)\"}");
    }
}
