package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullFileTest {

    @Test
    void acceptsAFileThatUsesEveryPartOfTheSpecification() {
        assertThat(problems("""
                name: shop
                include:
                  - ./infra/compose.yaml
                  - path: [./monitoring/compose.yaml, ./monitoring/override.yaml]
                    env_file: ./monitoring/.env
                    project_directory: ./monitoring
                x-defaults: &defaults
                  restart: unless-stopped
                services:
                  compile:
                    image: maven:3-eclipse-temurin-17
                    command: [mvn, -B, package]
                    working_dir: /src
                    volumes:
                      - ./:/src
                      - type: volume
                        source: m2
                        target: /root/.m2
                        volume:
                          nocopy: true
                          subpath: repository
                          labels: {cache: maven}
                      - type: bind
                        source: ./out
                        target: /out
                        read_only: false
                        consistency: cached
                        bind:
                          propagation: rprivate
                          create_host_path: true
                          recursive: readonly
                          selinux: z
                      - type: tmpfs
                        target: /tmp
                        tmpfs: {size: 64m, mode: 1777}
                      - type: image
                        source: assets:latest
                        target: /assets
                        image: {subpath: static}
                    deploy:
                      mode: replicated-job
                      restart_policy: {condition: none}
                  web:
                    <<: *defaults
                    annotations: {com.example.team: shop}
                    attach: false
                    build:
                      context: ./web
                      dockerfile: Dockerfile
                      args: {VERSION: "1.0", DEBUG: false}
                      ssh: [default]
                      cache_from: [shop/web:cache]
                      cache_to: ["type=local,dest=/tmp/cache"]
                      additional_contexts: {base: ./base}
                      entitlements: [network.host]
                      extra_hosts: ["registry=10.0.0.2"]
                      isolation: default
                      labels: [com.example.built=true]
                      network: host
                      no_cache: false
                      no_cache_filter: [deps]
                      platforms: [linux/amd64, linux/arm64]
                      privileged: false
                      provenance: mode=max
                      pull: true
                      sbom: true
                      secrets: [npm_token]
                      shm_size: 256m
                      tags: [shop/web:latest]
                      target: runtime
                      ulimits: {nofile: 65535}
                    image: shop/web:1.0
                    blkio_config:
                      weight: 300
                      weight_device: [{path: /dev/sda, weight: 400}]
                      device_read_bps: [{path: /dev/sdb, rate: 12mb}]
                      device_read_iops: [{path: /dev/sdb, rate: 120}]
                      device_write_bps: [{path: /dev/sdb, rate: 1024k}]
                      device_write_iops: [{path: /dev/sdb, rate: 30}]
                    cap_add: [NET_ADMIN]
                    cap_drop: [ALL]
                    cgroup: private
                    cgroup_parent: shop
                    configs:
                      - app_config
                      - source: app_config
                        target: /etc/app.conf
                        uid: "103"
                        gid: "103"
                        mode: 0440
                    container_name: shop-web
                    cpu_count: 2
                    cpu_percent: 50
                    cpu_shares: 512
                    cpu_period: 100000
                    cpu_quota: 50000
                    cpu_rt_runtime: 400ms
                    cpu_rt_period: 1400us
                    cpus: 1.5
                    cpuset: 0-3
                    credential_spec: {config: my_credential_spec}
                    depends_on:
                      db: {condition: service_healthy, restart: true}
                      compile: {condition: service_completed_successfully, required: false}
                    deploy:
                      mode: replicated
                      replicas: 2
                      endpoint_mode: vip
                      labels: {com.example.tier: front}
                      placement:
                        constraints: [node.role == worker]
                        preferences: [{spread: node.labels.zone}]
                        max_replicas_per_node: 1
                      resources:
                        limits: {cpus: "0.50", memory: 512M, pids: 100}
                        reservations:
                          cpus: "0.25"
                          memory: 256M
                          generic_resources:
                            - discrete_resource_spec: {kind: gpu, value: 2}
                          devices:
                            - capabilities: [gpu]
                              driver: nvidia
                              count: all
                              options: {virtualization: false}
                      restart_policy: {condition: on-failure, delay: 5s, max_attempts: 3, window: 120s}
                      rollback_config: {parallelism: 1, delay: 0s, failure_action: pause, monitor: 10s,
                                        max_failure_ratio: 0.1, order: stop-first}
                      update_config: {parallelism: 2, delay: 10s, failure_action: rollback, monitor: 1m,
                                      max_failure_ratio: 0, order: start-first}
                    develop:
                      watch:
                        - path: ./web/src
                          action: sync
                          target: /app/src
                          ignore: [node_modules/]
                          include: "*.js"
                          initial_sync: true
                        - path: ./web/package.json
                          action: sync+exec
                          exec: {command: npm install}
                    device_cgroup_rules: ["c 1:3 mr"]
                    devices:
                      - /dev/ttyUSB0:/dev/ttyUSB0
                      - source: /dev/sda
                        target: /dev/xvda
                        permissions: rwm
                    dns: [8.8.8.8, "2001:4860:4860::8888"]
                    dns_opt: [use-vc]
                    dns_search: example.com
                    domainname: example.com
                    entrypoint: /docker-entrypoint.sh
                    env_file:
                      - ./web.env
                      - path: ./web.local.env
                        required: false
                        format: raw
                    environment:
                      RACK_ENV: development
                      SHOW: "true"
                      WORKERS: 4
                      SESSION_SECRET:
                    expose: ["3000", 8000, "8080-8085/tcp"]
                    external_links: [redis_1]
                    extra_hosts:
                      somehost: 162.242.195.82
                      myhostv6: "::1"
                      gateway: host-gateway
                    gpus: all
                    group_add: [mail, 1001]
                    healthcheck:
                      test: [CMD-SHELL, curl -f http://localhost || exit 1]
                      interval: 1m30s
                      timeout: 10s
                      retries: 3
                      start_period: 40s
                      start_interval: 5s
                    hostname: web
                    init: true
                    ipc: shareable
                    isolation: default
                    labels: [com.example.description=Web]
                    label_file: ./web.labels
                    links: [db:database]
                    logging:
                      driver: json-file
                      options: {max-size: 10m, max-file: 3, tag: null}
                    mac_address: 02:42:ac:11:65:43
                    mem_limit: 1g
                    mem_reservation: 512m
                    mem_swappiness: 60
                    memswap_limit: 2g
                    models:
                      llm: {endpoint_var: LLM_URL, model_var: LLM_MODEL}
                    networks:
                      front:
                        aliases: [www]
                        ipv4_address: 172.16.238.10
                        ipv6_address: "2001:3984:3989::10"
                        link_local_ips: [169.254.8.8]
                        mac_address: 02:42:ac:11:65:44
                        interface_name: eth1
                        driver_opts: {com.docker.network.bridge.host_binding_ipv4: 127.0.0.1}
                        priority: 1000
                        gw_priority: 1
                      back:
                    oom_kill_disable: false
                    oom_score_adj: 500
                    pid: host
                    pids_limit: -1
                    platform: linux/amd64
                    ports:
                      - "3000"
                      - "3001-3005"
                      - "8000:8000"
                      - "9090-9091:8080-8081"
                      - "127.0.0.1:8001:8001"
                      - "[::1]:6001:6001"
                      - "6060:6060/udp"
                      - 5000
                      - name: https
                        target: 443
                        published: "8443"
                        host_ip: 127.0.0.1
                        protocol: tcp
                        app_protocol: https
                        mode: host
                    post_start:
                      - command: ./on-start.sh
                        user: root
                        privileged: true
                        environment: [PHASE=start]
                    pre_start:
                      - command: [./manage.py, migrate]
                        per_replica: false
                      - image: busybox
                        command: sh -c 'chown -R 1000:1000 /data'
                    pre_stop:
                      - command: ./on-stop.sh
                        working_dir: /app
                    privileged: false
                    profiles: [frontend, debug]
                    pull_policy: every_12h
                    read_only: true
                    runtime: runc
                    scale: 2
                    secrets:
                      - server_certificate
                      - source: db_password
                        target: /run/secrets/db
                        mode: "0400"
                    security_opt: [no-new-privileges:true]
                    shm_size: 64M
                    stdin_open: true
                    stop_grace_period: 1m30s
                    stop_signal: SIGUSR1
                    storage_opt: {size: 1G}
                    sysctls: {net.core.somaxconn: 1024}
                    tmpfs: [/run, /tmp]
                    tty: true
                    ulimits:
                      nproc: 65535
                      nofile: {soft: 20000, hard: 40000}
                    use_api_socket: false
                    user: "1000:1000"
                    userns_mode: host
                    uts: host
                    volumes_from: [compile:ro]
                  db:
                    image: postgres:16
                    extends:
                      file: ./common.yaml
                      service: database
                    network_mode: service:web
                  worker:
                    extends: web
                    provider:
                      type: awesomecloud
                      options: {type: mysql, size: 256, tags: [a, b], enabled: true}
                    gpus:
                      - driver: 3dfx
                        count: 2
                networks:
                  front:
                    driver: bridge
                    driver_opts: {com.docker.network.bridge.name: front0, mtu: 1450}
                    attachable: true
                    enable_ipv4: true
                    enable_ipv6: true
                    internal: false
                    labels: {com.example.purpose: frontend}
                    ipam:
                      driver: default
                      config:
                        - subnet: 172.16.238.0/24
                          ip_range: 172.16.238.0/25
                          gateway: 172.16.238.1
                          aux_addresses: {host1: 172.16.238.5}
                        - subnet: "2001:3984:3989::/64"
                      options: {foo: bar}
                  back:
                  outside:
                    external: true
                    name: shared-net
                volumes:
                  m2:
                  data:
                    driver: local
                    driver_opts: {type: nfs, o: "addr=10.40.0.199,nolock,soft,rw", device: ":/docker/example"}
                    labels: [com.example.usage=data]
                    name: shop-data
                  legacy:
                    external: {name: old-volume}
                configs:
                  app_config:
                    file: ./app.conf
                    labels: {tier: web}
                    template_driver: golang
                  inline_config:
                    content: |
                      debug=${DEBUG}
                  env_config:
                    environment: APP_CONFIG
                  shared_config:
                    external: true
                    name: shop-shared
                secrets:
                  server_certificate:
                    file: ./server.cert
                  db_password:
                    environment: DB_PASSWORD
                  npm_token:
                    external: true
                  vault_secret:
                    driver: vault
                    driver_opts: {path: secret/shop, ttl: 60}
                    name: shop-vault
                models:
                  llm:
                    model: ai/smollm2
                    name: smollm
                    context_size: 4096
                    runtime_flags: [--no-prefill-assistant]
                """)).isEmpty();
    }

    @Test
    void acceptsAStackFileOfTheManualPracticeWrittenForVersion38() {
        assertThat(problems("""
                version: "3.8"
                x-module: &module
                  image: openjdk:17
                  networks: [env]
                  deploy:
                    replicas: 1
                    restart_policy: {condition: on-failure}
                    resources:
                      limits: {cpus: "1", memory: 1g}
                services:
                  compile:
                    image: maven:3
                    command: sh -c "mvn package && python3 -m http.server 8000"
                    volumes:
                      - type: volume
                        source: m2
                        target: /root/.m2
                      - ./:/src:ro
                    ports: ["8000:8000"]
                    networks: [env]
                  zookeeper:
                    image: zookeeper:3.8
                    networks: [env]
                    healthcheck:
                      test: [CMD, zkServer.sh, status]
                      interval: 10s
                      start_period: 30s
                  kafka:
                    image: bitnami/kafka:3
                    depends_on: [zookeeper]
                    environment:
                      - KAFKA_CFG_ZOOKEEPER_CONNECT=zookeeper:2181
                    networks:
                      env:
                        aliases: [broker]
                    deploy:
                      placement:
                        constraints: [node.labels.kafka == true]
                        max_replicas_per_node: 1
                      update_config: {parallelism: 1, order: start-first}
                      rollback_config: {parallelism: 1}
                  orders:
                    <<: *module
                    init: true
                    command: sh -c "wget http://compile:8000/orders.jar && java -jar orders.jar"
                    secrets: [db_password]
                    configs:
                      - source: orders_config
                        target: /app/application.yml
                networks:
                  env:
                    driver: overlay
                    attachable: true
                    name: shop-env
                volumes:
                  m2:
                    name: shop-m2
                secrets:
                  db_password:
                    file: ./db_password.txt
                configs:
                  orders_config:
                    file: ./orders.yml
                    template_driver: golang
                """)).isEmpty();
    }
}
