package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.engine.Labels;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.ServiceSpec;
import dev.berth.swarm.spec.SpecHash;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingAndLabelsTest {

    private static final String PROJECT = """
            services:
              web:
                image: nginx:1.25
                labels:
                  com.example.tier: front
                volumes:
                  - data:/data
                configs: [site]
                deploy:
                  labels:
                    com.example.team: web
            volumes:
              data:
            configs:
              site:
                content: hello
            """;

    @Test
    void namesServicesNetworksAndVolumesAfterTheEnvironment() {
        Stack stack = Projects.convert(PROJECT);

        assertThat(stack.services().get("web").name()).isEqualTo("shop-alice_web");
        assertThat(stack.networks()).extracting(NetworkCreate::name).containsExactly("shop-alice_default");
        assertThat(stack.services().get("web").taskTemplate().containerSpec().mounts().get(0).source()).isEqualTo("shop-alice_data");
    }

    @Test
    void scopesANetworkWithAnExplicitNameAndSaysSo() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    networks: [front]
                networks:
                  front:
                    name: shared-front
                """);

        assertThat(stack.networks()).extracting(NetworkCreate::name).containsExactly("shop-alice_front");
        assertThat(stack.warnings()).containsExactly("networks.front.name: Berth creates the network as shop-alice_front, not"
                + " \"shared-front\", so that copies of the project never share it");
    }

    @Test
    void scopesAVolumeWithAnExplicitNameAndSaysSo() {
        Stack stack = Projects.convert("""
                services:
                  db:
                    image: mysql:8.0
                    volumes: [data:/var/lib/mysql]
                volumes:
                  data:
                    name: mysql-data
                """);

        assertThat(stack.services().get("db").taskTemplate().containerSpec().mounts().get(0).source()).isEqualTo("shop-alice_data");
        assertThat(stack.warnings()).containsExactly("volumes.data.name: Berth names the volume shop-alice_data, not"
                + " \"mysql-data\", so that copies of the project never share it");
    }

    @Test
    void usesTheRealNamesOfExternalNetworksAndVolumes() {
        Stack stack = Projects.convert("""
                services:
                  db:
                    image: mysql:8.0
                    networks: [shared]
                    volumes: [data:/var/lib/mysql]
                networks:
                  shared:
                    external: true
                    name: company-net
                volumes:
                  data:
                    external: true
                """);
        ServiceSpec db = stack.services().get("db");

        assertThat(db.taskTemplate().networks().get(0).target()).isEqualTo("company-net");
        assertThat(db.taskTemplate().containerSpec().mounts().get(0).source()).isEqualTo("data");
        assertThat(stack.networks()).isEmpty();
        assertThat(stack.warnings()).isEmpty();
    }

    @Test
    void labelsEveryCreatedResourceWithTheEnvironmentProjectAndOwner() {
        ConvertOptions options = new ConvertOptions(true, Map.of(), Projects.files(Map.of()), Map.of(), "alice",
                "2026-12-31T18:00:00Z");
        Stack stack = Projects.convert(PROJECT, options);
        Map<String, String> expected = Map.of(Labels.STACK_NAMESPACE, "shop-alice", Labels.ENVIRONMENT, "shop-alice",
                Labels.PROJECT, "shop", Labels.OWNER, "alice", Labels.EXPIRES, "2026-12-31T18:00:00Z");

        assertThat(stack.networks().get(0).labels()).containsAllEntriesOf(expected).containsEntry(Labels.RESOURCE, "default");
        assertThat(stack.configs().get(0).labels()).containsAllEntriesOf(expected).containsEntry(Labels.RESOURCE, "site");
        assertThat(stack.services().get("web").labels()).containsAllEntriesOf(expected).containsEntry(Labels.RESOURCE, "web");
    }

    @Test
    void labelsEachServiceWithTheServicesItDependsOn() {
        Stack stack = Projects.convert("""
                services:
                  db: {image: postgres:16}
                  cache: {image: redis:7}
                  web:
                    image: nginx:1.25
                    depends_on:
                      db: {condition: service_healthy}
                      cache: {condition: service_started, required: false}
                """);

        assertThat(stack.services().get("web").labels()).containsEntry(Labels.DEPENDS_ON, "cache,db");
        assertThat(stack.services().get("db").labels()).doesNotContainKey(Labels.DEPENDS_ON);
    }

    @Test
    void leavesOutOwnerAndExpiryWhenThereAreNone() {
        ConvertOptions options = new ConvertOptions(true, Map.of(), Projects.files(Map.of()), Map.of(), null, null);

        assertThat(Projects.convert(PROJECT, options).services().get("web").labels())
                .doesNotContainKeys(Labels.OWNER, Labels.EXPIRES);
    }

    @Test
    void putsDeployLabelsOnTheServiceAndLabelsOnTheContainer() {
        ServiceSpec web = Projects.service(PROJECT, "web");

        assertThat(web.labels()).containsEntry("com.example.team", "web").containsEntry(Labels.STACK_IMAGE, "nginx:1.25")
                .doesNotContainKey("com.example.tier");
        assertThat(web.taskTemplate().containerSpec().labels()).containsExactly(
                entry(Labels.STACK_NAMESPACE, "shop-alice"),
                entry("com.example.tier", "front"),
                entry(Labels.ENVIRONMENT, "shop-alice"));
    }

    @Test
    void labelsVolumesSoThatTheEnvironmentFindsThemLater() {
        var mount = Projects.container(PROJECT, "web").mounts().get(0);

        assertThat(mount.volumeOptions().labels()).containsExactly(
                entry(Labels.STACK_NAMESPACE, "shop-alice"),
                entry(Labels.ENVIRONMENT, "shop-alice"));
    }

    @Test
    void replacesALabelThatBerthOwnsAndSaysSo() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    deploy:
                      labels:
                        dev.berth.owner: mallory
                """);

        assertThat(stack.services().get("web").labels()).containsEntry(Labels.OWNER, "alice");
        assertThat(stack.warnings()).containsExactly("services.web.deploy.labels.dev.berth.owner: the label is Berth's own;"
                + " \"mallory\" is replaced by \"alice\"");
    }

    @Test
    void labelsEachSpecWithTheHashOfTheSpecWithoutThatLabel() {
        Stack stack = Projects.convert(PROJECT);
        ServiceSpec web = stack.services().get("web");
        String label = web.labels().get(Labels.SPEC_HASH);

        assertThat(label).isEqualTo(SpecHash.of(web)).hasSize(64);
        assertThat(stack.resource(ResourceKind.SERVICE, "shop-alice_web")).get()
                .satisfies(r -> assertThat(r.specHash()).isEqualTo(label))
                .satisfies(r -> assertThat(r.fields()).containsEntry("Name", "shop-alice_web")
                        .doesNotContainKey("Labels." + Labels.SPEC_HASH));
        assertThat(stack.resources()).extracting(r -> r.kind() + " " + r.name()).containsExactly(
                "NETWORK shop-alice_default", "CONFIG shop-alice_site-2cf24dba5f", "SERVICE shop-alice_web");
    }

    @Test
    void changesTheSpecHashOfAServiceOnlyWhenItsSpecChanges() {
        String hash = Projects.service(PROJECT, "web").labels().get(Labels.SPEC_HASH);

        assertThat(Projects.service(PROJECT, "web").labels().get(Labels.SPEC_HASH)).isEqualTo(hash);
        assertThat(Projects.service(PROJECT.replace("nginx:1.25", "nginx:1.26"), "web").labels().get(Labels.SPEC_HASH))
                .isNotEqualTo(hash);
    }

    @Test
    void refusesAServiceNameThatSwarmCannotTake() {
        assertThat(Projects.problems("""
                services:
                  web.front:
                    image: nginx:1.25
                """, Projects.options())).containsExactly("services.web.front: Docker Swarm cannot name a service"
                + " shop-alice_web.front: use letters, digits, '-' and '_' in the service name, at most 63 characters"
                + " with the environment's name");
    }
}
