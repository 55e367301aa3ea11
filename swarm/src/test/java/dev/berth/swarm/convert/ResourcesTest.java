package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.config.AdmissionSettings;
import dev.berth.swarm.spec.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static Resources resources(String yaml) {
        return Projects.service(yaml, "app").taskTemplate().resources();
    }

    @Test
    void limitsAndReservesCpusInNanoCpusAndMemoryInBytes() {
        Resources r = resources("""
                services:
                  app:
                    image: app:1
                    deploy:
                      resources:
                        limits: {cpus: "1.5", memory: 1g, pids: 200}
                        reservations: {cpus: "0.001", memory: 512M}
                """);

        assertThat(r).isEqualTo(new Resources(new Resources.Limit(1_500_000_000L, 1L << 30, 200L),
                new Resources.Reservation(1_000_000L, 512L << 20, null)));
    }

    @Test
    void reservesGenericResources() {
        Resources r = resources("""
                services:
                  app:
                    image: app:1
                    deploy:
                      resources:
                        reservations:
                          generic_resources:
                            - discrete_resource_spec: {kind: gpu, value: 2}
                """);

        assertThat(r).isEqualTo(new Resources(null, new Resources.Reservation(null, null, List.of(
                new Resources.GenericResource(new Resources.DiscreteResource("gpu", 2L))))));
    }

    @Test
    void setsNoResourcesWhenNoneAreGiven() {
        assertThat(resources("""
                services:
                  app:
                    image: app:1
                    deploy: {replicas: 2}
                """)).isNull();
    }

    @Test
    void warnsAboutWhatTheSchedulerCannotReserve() {
        Stack stack = Projects.convert("""
                services:
                  app:
                    image: app:1
                    deploy:
                      resources:
                        limits:
                          memory: 1g
                        reservations:
                          pids: 10
                          devices:
                            - capabilities: [gpu]
                """);

        assertThat(stack.services().get("app").taskTemplate().resources()).isEqualTo(
                new Resources(new Resources.Limit(null, 1L << 30, null), null));
        assertThat(stack.warnings()).containsExactly(
                "services.app.deploy.resources.reservations.devices: Engine API 1.41 cannot request devices for a service"
                        + " (advertise them as generic resources and reserve those); ignored",
                "services.app.deploy.resources.reservations.pids: Docker Swarm can only limit pids, not reserve them;"
                        + " ignored");
    }

    private static final AdmissionSettings DEFAULTS = new AdmissionSettings(
            new AdmissionSettings.Amount(128L << 20, 0.1), new AdmissionSettings.Amount(1L << 30, 1.0));

    private static Resources withDefaults(String yaml) {
        ConvertOptions options = new ConvertOptions(true, Map.of(), Projects.files(Map.of()), Map.of(), "alice", null)
                .withDefaults(DEFAULTS);
        return Projects.convert(yaml, options).services().get("app").taskTemplate().resources();
    }

    @Test
    void aServiceThatDeclaresNothingGetsTheDefaultReservationAndLimit() {
        assertThat(withDefaults("""
                services:
                  app:
                    image: app:1
                """)).isEqualTo(new Resources(new Resources.Limit(1_000_000_000L, 1L << 30, null),
                new Resources.Reservation(100_000_000L, 128L << 20, null)));
    }

    @Test
    void aDeclaredValueIsNeverOverridden() {
        assertThat(withDefaults("""
                services:
                  app:
                    image: app:1
                    deploy:
                      resources:
                        limits: {memory: 2g, pids: 50}
                        reservations: {cpus: "0.5"}
                """)).isEqualTo(new Resources(new Resources.Limit(1_000_000_000L, 2L << 30, 50L),
                new Resources.Reservation(500_000_000L, 128L << 20, null)));
    }

    @Test
    void defaultsNeverContradictWhatIsDeclared() {
        // a reservation above the default limit raises the limit; a limit below the default reservation lowers it
        assertThat(withDefaults("""
                services:
                  app:
                    image: app:1
                    deploy:
                      resources:
                        limits: {memory: 64m}
                        reservations: {cpus: "2"}
                """)).isEqualTo(new Resources(new Resources.Limit(2_000_000_000L, 64L << 20, null),
                new Resources.Reservation(2_000_000_000L, 64L << 20, null)));
    }
}
