package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.ServiceNetwork;
import org.junit.jupiter.api.Test;

class NetworkDefaultsTest {

    @Test
    void joinsAServiceThatNamesNoNetworkToTheDefaultNetworkAndCreatesIt() {
        Project p = Binding.bind("services:\n  web: {image: nginx}\n");
        assertThat(p.services().get("web").networks()).containsOnlyKeys("default");
        assertThat(p.services().get("web").networks().get("default")).isEqualTo(ServiceNetwork.EMPTY);
        assertThat(p.networks().get("default"))
                .isEqualTo(new Network("shop_default", null, null, false, false, null, false, null, null, null, null));
    }

    @Test
    void createsNoDefaultNetworkWhenNoServiceJoinsIt() {
        Project p = Binding.bind("""
                services:
                  web: {image: nginx, network_mode: host}
                  api: {image: api, networks: [back]}
                networks:
                  back:
                """);
        assertThat(p.services().get("web").networks()).isEmpty();
        assertThat(p.networks()).containsOnlyKeys("back");
    }

    @Test
    void keepsADefaultNetworkTheFileDefines() {
        Project p = Binding.bind("""
                services:
                  web: {image: nginx}
                networks:
                  default: {driver: overlay, attachable: true}
                """);
        assertThat(p.networks().get("default").name()).isEqualTo("shop_default");
        assertThat(p.networks().get("default").driver()).isEqualTo("overlay");
        assertThat(p.networks().get("default").attachable()).isTrue();
    }

    @Test
    void namesWhatBerthCreatesAfterTheProjectAndExternalElementsAfterTheirKey() {
        Project p = Binding.bind("""
                services:
                  web: {image: nginx}
                networks:
                  back:
                  shared: {external: true}
                  legacy: {external: {name: corp_net}}
                  named: {name: exact}
                volumes:
                  data: {}
                  old: {external: true}
                configs:
                  site: {file: /site.conf}
                secrets:
                  token: {environment: TOKEN}
                  vault: {external: true, name: vault_token}
                """);
        assertThat(p.networks()).extractingByKeys("back", "shared", "legacy", "named", "default")
                .extracting(Network::name).containsExactly("shop_back", "shared", "corp_net", "exact", "shop_default");
        assertThat(p.networks().get("legacy").external()).isTrue();
        assertThat(p.volumes().get("data").name()).isEqualTo("shop_data");
        assertThat(p.volumes().get("old").name()).isEqualTo("old");
        assertThat(p.configs().get("site").name()).isEqualTo("shop_site");
        assertThat(p.secrets().get("token").name()).isEqualTo("shop_token");
        assertThat(p.secrets().get("vault").name()).isEqualTo("vault_token");
    }

    @Test
    void readsServiceNetworkOptions() {
        Project p = Binding.bind("""
                services:
                  web:
                    image: nginx
                    networks:
                      back: {aliases: [www], ipv4_address: 10.1.0.5, priority: 10}
                networks:
                  back: {ipam: {config: [{subnet: 10.1.0.0/24}]}}
                """);
        ServiceNetwork back = p.services().get("web").networks().get("back");
        assertThat(back.aliases()).containsExactly("www");
        assertThat(back.ipv4Address()).isEqualTo("10.1.0.5");
        assertThat(back.priority()).isEqualTo(10L);
        assertThat(p.networks().get("back").ipam().config().get(0).subnet()).isEqualTo("10.1.0.0/24");
    }

    @Test
    void reportsAConflictingDeprecatedExternalName() {
        assertThat(Binding.problems("""
                services:
                  web: {image: nginx}
                networks:
                  back: {name: a, external: {name: b}}
                """)).containsExactly("compose.yaml:4:36: networks.back.external.name: external.name \"b\" differs"
                + " from name \"a\"; write only name");
    }

    @Test
    void reportsNetworkModeTogetherWithNetworks() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    network_mode: host
                    networks: [back]
                networks:
                  back:
                """)).containsExactly("compose.yaml:5:5: services.web.networks: a service with network_mode cannot"
                + " also join networks");
    }
}
