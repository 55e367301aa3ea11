package dev.berth.compose.write;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;

/** A small project that uses every part of the model, as the loader hands it to the binder. */
final class ShopProject {

    static final String YAML = """
            name: shop
            services:
              web:
                image: shop/web:1.4
                build:
                  context: /src/web
                  args: [VERSION=1.4, GIT_SHA]
                  target: runtime
                  cache_from: [shop/web:cache]
                  ssh: [default]
                command: nginx -g 'daemon off;'
                environment:
                  PRICE: "$5"
                  WORKERS: 4
                  TOKEN:
                env_file: /src/web/.env
                labels: ["com.example.tier=front", "enabled=true"]
                healthcheck:
                  test: curl -f http://localhost/health
                  interval: 90s
                  timeout: 500ms
                  retries: 3
                stop_grace_period: 1m
                ulimits:
                  nofile: {soft: 20000, hard: 40000}
                extra_hosts: ["db.local=10.0.0.2"]
                init: true
                read_only: true
                ports:
                  - "127.0.0.1:8080-8081:80-81"
                  - target: 443
                    published: "8443"
                    mode: host
                volumes:
                  - /src/web/static:/usr/share/nginx/html:ro
                  - cache:/var/cache/nginx
                  - {type: tmpfs, target: /tmp, tmpfs: {size: 64m}}
                networks:
                  front:
                    aliases: [www]
                  back:
                configs:
                  - source: site
                    target: /etc/nginx/conf.d/site.conf
                    mode: 0444
                secrets: [api_key]
                depends_on:
                  api: {condition: service_healthy}
                logging:
                  driver: json-file
                  options: {max-size: 10m}
                deploy:
                  replicas: 2
                  resources:
                    limits: {cpus: "0.5", memory: 512m}
                    reservations: {memory: 128m}
                  placement:
                    constraints: [node.role == worker]
                  restart_policy: {condition: on-failure, delay: 5s}
                  update_config: {parallelism: 1, delay: 10s, order: start-first}
                privileged: true
                restart: always
                x-team: storefront
              api:
                image: shop/api:2.0
                entrypoint: []
                healthcheck:
                  test: [CMD, /bin/health]
                  start_period: 1m30s
                networks: [back]
                volumes:
                  - {type: volume, source: cache, target: /cache, volume: {nocopy: true}}
              worker:
                image: shop/worker
                network_mode: "service:api"
                profiles: [jobs]
            networks:
              front: {driver: overlay, attachable: true}
              back:
                internal: true
                ipam:
                  config: [{subnet: 10.20.0.0/24}]
              corp: {external: true}
            volumes:
              cache: {labels: {backup: "no"}}
            configs:
              site: {file: /src/web/site.conf}
            secrets:
              api_key: {environment: API_KEY}
            x-release: {train: "2024.06", frozen: false}
            """;

    private ShopProject() {
    }

    static Project load() {
        return ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", YAML), "shop");
    }
}
