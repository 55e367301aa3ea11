package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarningsTest {

    @Test
    void namesEveryKeySwarmCannotSetByItsPath() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                    privileged: true
                    container_name: app1
                    mem_limit: 1g
                    security_opt: [no-new-privileges]
                """)).containsExactly(
                "services.app.container_name: Docker Swarm cannot set container_name; ignored (Swarm names a service's"
                        + " tasks itself; services reach each other by their compose names)",
                "services.app.mem_limit: Docker Swarm cannot set mem_limit; ignored (set deploy.resources.limits.memory)",
                "services.app.privileged: Docker Swarm cannot set privileged; ignored",
                "services.app.security_opt: Docker Swarm cannot set security_opt; ignored");
    }

    @Test
    void warnsAboutABuildOnlyWhenThereIsNoImage() {
        assertThat(Projects.warnings("""
                services:
                  built:
                    build: ./app
                  tagged:
                    build: ./app
                    image: registry.example.com/app:1
                """)).containsExactly("services.built.build: Docker Swarm cannot build images and the service names no"
                + " image; set image: so that the built image can be deployed");
    }

    @Test
    void saysNothingOfWhatBerthHandlesItself() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                    depends_on: [db]
                    profiles: [full]
                    expose: ["8080"]
                    restart: always
                    group_add: [mail]
                    x-notes: kept for tools
                  db:
                    image: mysql:8.0
                """)).isEmpty();
    }

    @Test
    void warnsThatSwarmCannotSetADomainName() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                    domainname: example.com
                """)).containsExactly("services.app.domainname: Docker Swarm cannot set domainname; ignored");
    }

    @Test
    void warnsAboutLogOptionsWithoutADriver() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                    logging:
                      options: {max-size: 10m}
                """)).containsExactly("services.app.logging.options: Docker Swarm takes log options only with a driver;"
                + " ignored");
    }

    @Test
    void warnsAboutAnEnvFileThatWasNotFoldedIntoTheEnvironment() {
        assertThat(Projects.warnings("""
                services:
                  app:
                    image: app:1
                    env_file: app.env
                """)).containsExactly("services.app.env_file: was not read into environment when the project was loaded;"
                + " ignored");
    }
}
