package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnknownKeyTest {

    @Test
    void suggestsTheKeyATypoWasMeantToBeAtTheKeysPosition() {
        assertThat(problems("""
                services:
                  web:
                    imgae: nginx
                """)).containsExactly(
                "compose.yaml:3:5: services.web.imgae: unknown key \"imgae\"; did you mean \"image\"?");
    }

    @Test
    void suggestsNothingWhenNoKeyIsClose() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    flavour: vanilla
                """)).containsExactly("compose.yaml:4:5: services.web.flavour: unknown key \"flavour\"");
    }

    @Test
    void suggestsTopLevelKeys() {
        assertThat(problems("""
                service:
                  web:
                    image: nginx
                netwroks: {}
                """)).containsExactly(
                "compose.yaml:1:1: service: unknown key \"service\"; did you mean \"services\"?",
                "compose.yaml:4:1: netwroks: unknown key \"netwroks\"; did you mean \"networks\"?");
    }

    @Test
    void findsUnknownKeysDeepInsideNestedObjects() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    deploy:
                      resources:
                        limits:
                          memroy: 512m
                    healthcheck:
                      intervall: 10s
                """)).containsExactly(
                "compose.yaml:7:11: services.web.deploy.resources.limits.memroy: unknown key \"memroy\"; "
                        + "did you mean \"memory\"?",
                "compose.yaml:9:7: services.web.healthcheck.intervall: unknown key \"intervall\"; "
                        + "did you mean \"interval\"?");
    }

    @Test
    void suggestsAKeyWrittenInTheWrongCase() {
        assertThat(problems("""
                services:
                  web:
                    Image: nginx
                """)).containsExactly(
                "compose.yaml:3:5: services.web.Image: unknown key \"Image\"; did you mean \"image\"?");
    }

    @Test
    void reportsUnknownKeysOfTopLevelNetworksVolumesConfigsAndSecrets() {
        assertThat(problems("""
                networks:
                  back:
                    drvier: overlay
                volumes:
                  data:
                    lables: {}
                configs:
                  app:
                    fiel: ./app.conf
                secrets:
                  token:
                    file: ./token
                    extrenal: true
                """)).containsExactly(
                "compose.yaml:3:5: networks.back.drvier: unknown key \"drvier\"; did you mean \"driver\"?",
                "compose.yaml:6:5: volumes.data.lables: unknown key \"lables\"; did you mean \"labels\"?",
                "compose.yaml:9:5: configs.app.fiel: unknown key \"fiel\"; did you mean \"file\"?",
                "compose.yaml:13:5: secrets.token.extrenal: unknown key \"extrenal\"; did you mean \"external\"?");
    }

    @Test
    void reportsNamesOutsideTheAllowedAlphabetAtTheNamesPosition() {
        assertThat(problems("""
                services:
                  my web:
                    image: nginx
                networks:
                  back/end: {}
                """)).containsExactly(
                "compose.yaml:2:3: services.my web: invalid service name \"my web\"; "
                        + "use only letters, digits, \".\", \"_\" and \"-\"",
                "compose.yaml:5:3: networks.back/end: invalid network name \"back/end\"; "
                        + "use only letters, digits, \".\", \"_\" and \"-\"");
    }

    @Test
    void reportsMissingRequiredKeysAtTheMapping() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                        required: true
                    volumes:
                      - source: data
                        target: /data
                  db:
                    image: postgres
                """)).containsExactly(
                "compose.yaml:6:9: services.web.depends_on.db: missing required key \"condition\"",
                "compose.yaml:8:9: services.web.volumes.0: missing required key \"type\"");
    }

    @Test
    void reportsKeysThatCannotBeUsedTogether() {
        assertThat(problems("""
                configs:
                  app:
                    file: ./app.conf
                    content: "debug=true"
                services:
                  ml:
                    image: trainer
                    deploy:
                      resources:
                        reservations:
                          devices:
                            - capabilities: [gpu]
                              count: 1
                              device_ids: ["0"]
                """)).containsExactly(
                "compose.yaml:4:5: configs.app.content: \"file\" and \"content\" cannot be used together",
                "compose.yaml:14:15: services.ml.deploy.resources.reservations.devices.0.device_ids: "
                        + "\"count\" and \"device_ids\" cannot be used together");
    }

    @Test
    void saysWhereAKeyBelongsWhenItIsAtTheWrongLevel() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    replicas: 3
                """)).containsExactly(
                "compose.yaml:4:5: services.web.replicas: unknown key \"replicas\"; it belongs under \"deploy\"");
    }
}
