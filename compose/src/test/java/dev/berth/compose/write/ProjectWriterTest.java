package dev.berth.compose.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class ProjectWriterTest {

    /** What {@code berth config} prints for {@link ShopProject}: long syntax, defaults filled in, keys sorted. */
    private static final String SHOP_YAML = """
            name: shop
            services:
              api:
                entrypoint: []
                healthcheck:
                  start_period: 1m30s
                  test:
                    - CMD
                    - /bin/health
                image: shop/api:2.0
                networks:
                  back: null
                volumes:
                  - source: cache
                    target: /cache
                    type: volume
                    volume:
                      nocopy: true
              web:
                build:
                  args:
                    GIT_SHA: null
                    VERSION: "1.4"
                  cache_from:
                    - shop/web:cache
                  context: /src/web
                  dockerfile: Dockerfile
                  ssh:
                    - default
                  target: runtime
                command:
                  - nginx
                  - -g
                  - daemon off;
                configs:
                  - mode: "0444"
                    source: site
                    target: /etc/nginx/conf.d/site.conf
                depends_on:
                  api:
                    condition: service_healthy
                    required: true
                deploy:
                  placement:
                    constraints:
                      - node.role == worker
                  replicas: 2
                  resources:
                    limits:
                      cpus: 0.5
                      memory: 536870912
                    reservations:
                      memory: 134217728
                  restart_policy:
                    condition: on-failure
                    delay: 5s
                  update_config:
                    delay: 10s
                    order: start-first
                    parallelism: 1
                env_file:
                  - path: /src/web/.env
                    required: true
                environment:
                  PRICE: $$5
                  TOKEN: null
                  WORKERS: "4"
                extra_hosts:
                  db.local: 10.0.0.2
                healthcheck:
                  interval: 1m30s
                  retries: 3
                  test:
                    - CMD-SHELL
                    - curl -f http://localhost/health
                  timeout: 500ms
                image: shop/web:1.4
                init: true
                labels:
                  com.example.tier: front
                  enabled: "true"
                logging:
                  driver: json-file
                  options:
                    max-size: 10m
                networks:
                  back: null
                  front:
                    aliases:
                      - www
                ports:
                  - host_ip: 127.0.0.1
                    mode: ingress
                    protocol: tcp
                    published: "8080"
                    target: 80
                  - host_ip: 127.0.0.1
                    mode: ingress
                    protocol: tcp
                    published: "8081"
                    target: 81
                  - mode: host
                    protocol: tcp
                    published: "8443"
                    target: 443
                privileged: true
                read_only: true
                restart: always
                secrets:
                  - source: api_key
                    target: /run/secrets/api_key
                stop_grace_period: 1m0s
                ulimits:
                  nofile:
                    hard: 40000
                    soft: 20000
                volumes:
                  - bind:
                      create_host_path: true
                    read_only: true
                    source: /src/web/static
                    target: /usr/share/nginx/html
                    type: bind
                  - source: cache
                    target: /var/cache/nginx
                    type: volume
                  - target: /tmp
                    tmpfs:
                      size: 67108864
                    type: tmpfs
                x-team: storefront
              worker:
                depends_on:
                  api:
                    condition: service_started
                    required: true
                    restart: true
                image: shop/worker
                network_mode: service:api
                profiles:
                  - jobs
            networks:
              back:
                internal: true
                ipam:
                  config:
                    - subnet: 10.20.0.0/24
                name: shop_back
              corp:
                external: true
                name: corp
              front:
                attachable: true
                driver: overlay
                name: shop_front
            volumes:
              cache:
                labels:
                  backup: "no"
                name: shop_cache
            configs:
              site:
                file: /src/web/site.conf
                name: shop_site
            secrets:
              api_key:
                environment: API_KEY
                name: shop_api_key
            x-release:
              frozen: false
              train: "2024.06"
            """;

    private static Project bind(String yaml) {
        return ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", yaml), "demo");
    }

    @Test
    void writesTheCanonicalYamlOfAFullProject() {
        assertThat(ProjectWriter.yaml(ShopProject.load())).isEqualTo(SHOP_YAML);
    }

    @Test
    void writesTheSameYamlEveryTime() {
        assertThat(ProjectWriter.yaml(ShopProject.load())).isEqualTo(ProjectWriter.yaml(ShopProject.load()));
    }

    @Test
    void writesPrettyJsonWithTwoSpacesAndATrailingNewline() {
        Project p = bind("""
                services:
                  web:
                    image: nginx
                    command: []
                    environment: {A: "1", B: null}
                    ports: ["80"]
                x-b: {}
                x-a: 1
                """);
        assertThat(ProjectWriter.json(p)).isEqualTo("""
                {
                  "name": "demo",
                  "services": {
                    "web": {
                      "command": [],
                      "environment": {
                        "A": "1",
                        "B": null
                      },
                      "image": "nginx",
                      "networks": {
                        "default": null
                      },
                      "ports": [
                        {
                          "mode": "ingress",
                          "protocol": "tcp",
                          "target": 80
                        }
                      ]
                    }
                  },
                  "networks": {
                    "default": {
                      "name": "demo_default"
                    }
                  },
                  "x-a": 1,
                  "x-b": {}
                }
                """);
    }

    @Test
    void escapesEveryDollarSoThatLoadingTheOutputAgainKeepsIt() {
        Project p = bind("""
                services:
                  web:
                    image: nginx
                    command: [sh, -c, "echo $HOME"]
                    labels: {price: "$5"}
                    x-note: "${NOT_A_VARIABLE}"
                """);
        String yaml = ProjectWriter.yaml(p);
        assertThat(yaml).contains("- echo $$HOME", "price: $$5", "x-note: $${NOT_A_VARIABLE}");
        assertThat(ProjectWriter.json(p)).contains("\"echo $$HOME\"", "\"price\": \"$$5\"");
    }

    @Test
    void quotesStringsThatWouldReadBackAsAnotherType() {
        Project p = bind("""
                services:
                  web:
                    image: nginx
                    environment: {A: "1", B: "true", C: "null", D: "0o17", E: "1e3", F: "no", G: "plain"}
                """);
        assertThat(ProjectWriter.yaml(p)).contains("A: \"1\"", "B: \"true\"", "C: \"null\"", "D: \"0o17\"",
                "E: \"1e3\"", "F: \"no\"", "G: plain");
    }

    @Test
    void writesAMultiLineStringAsALiteralBlock() {
        Project p = bind("""
                services:
                  web: {image: nginx}
                configs:
                  site:
                    content: |
                      server {
                        listen 80;
                      }
                """);
        assertThat(ProjectWriter.yaml(p)).contains("""
                    content: |
                      server {
                        listen 80;
                      }
                """);
    }

    @Test
    void leavesOutWhatIsAbsentOrEmpty() {
        String yaml = ProjectWriter.yaml(bind("services:\n  web: {image: nginx, labels: [], tty: false}\n"));
        assertThat(yaml).isEqualTo("""
                name: demo
                services:
                  web:
                    image: nginx
                    networks:
                      default: null
                networks:
                  default:
                    name: demo_default
                """);
    }

    @Test
    void writesDeviceCountAllAndGenericResources() {
        String yaml = ProjectWriter.yaml(bind("""
                services:
                  ml:
                    image: trainer
                    network_mode: none
                    deploy:
                      resources:
                        reservations:
                          devices: [{capabilities: [gpu], count: all}]
                          generic_resources: [{discrete_resource_spec: {kind: SSD, value: 2}}]
                """));
        assertThat(yaml).contains("""
                          devices:
                            - capabilities:
                                - gpu
                              count: all
                          generic_resources:
                            - discrete_resource_spec:
                                kind: SSD
                                value: 2
                """);
    }
}
