package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.FileReference;
import org.junit.jupiter.api.Test;

class FileReferenceTest {

    private static final String TOP_LEVEL = """
            secrets:
              token: {file: /run/token}
            configs:
              nginx: {file: /etc/nginx.conf}
            """;

    @Test
    void turnsASecretNameIntoALongReferenceMountedUnderRunSecrets() {
        var web = Binding.service("services:\n  web: {image: nginx, secrets: [token]}\n" + TOP_LEVEL, "web");
        assertThat(web.secrets()).containsExactly(new FileReference("token", "/run/secrets/token", null, null, null, null));
    }

    @Test
    void turnsAConfigNameIntoALongReferenceWithoutTarget() {
        var web = Binding.service("services:\n  web: {image: nginx, configs: [nginx]}\n" + TOP_LEVEL, "web");
        assertThat(web.configs()).containsExactly(new FileReference("nginx", null, null, null, null, null));
    }

    @Test
    void readsTheModeAsOctal() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    configs:
                      - {source: nginx, target: /etc/nginx/nginx.conf, uid: "101", mode: 0440}
                    secrets:
                      - {source: token, target: /token, mode: "0400"}
                """ + TOP_LEVEL, "web");
        assertThat(web.configs()).containsExactly(new FileReference("nginx", "/etc/nginx/nginx.conf", "101", null, 0440L, null));
        assertThat(web.secrets()).containsExactly(new FileReference("token", "/token", null, null, 0400L, null));
    }
}
