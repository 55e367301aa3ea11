package dev.berth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a large project of the shape teams have: a base file with every service, an
 * override file that changes each one, and a third file that adds mounts, all interpolated.
 */
final class GeneratedProject {

    private GeneratedProject() {
    }

    static List<Path> write(Path dir, int services) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".env"), "REGISTRY=registry.example.test:5000\nTAG=1.4.2\nLOG_LEVEL=info\n");
        StringBuilder base = new StringBuilder("""
                name: generated
                x-defaults: &defaults
                  restart: unless-stopped
                  logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}
                services:
                """);
        StringBuilder override = new StringBuilder("services:\n");
        StringBuilder mounts = new StringBuilder("services:\n");
        for (int i = 0; i < services; i++) {
            String name = "svc-" + i;
            base.append("  ").append(name).append(":\n")
                    .append("    <<: *defaults\n")
                    .append("    image: ${REGISTRY}/team/").append(name).append(":${TAG:-latest}\n")
                    .append("    command: [\"java\", \"-jar\", \"/opt/").append(name).append(".jar\", \"--port=80\"]\n")
                    .append("    environment:\n")
                    .append("      LOG_LEVEL: ${LOG_LEVEL:-warn}\n")
                    .append("      PEER: svc-").append((i + 1) % services).append(":80\n")
                    .append("      HOME_DIR: $${HOME}\n")
                    .append("    ports: [\"").append(20000 + i).append(":80\"]\n")
                    .append("    networks: [front, back]\n")
                    .append("    healthcheck:\n")
                    .append("      test: [\"CMD\", \"wget\", \"-q\", \"-O-\", \"http://localhost/health\"]\n")
                    .append("      interval: 10s\n      timeout: 3s\n      retries: 5\n      start_period: 30s\n")
                    .append("    deploy:\n")
                    .append("      resources:\n")
                    .append("        limits: {cpus: \"0.50\", memory: 256M}\n")
                    .append("        reservations: {cpus: \"0.10\", memory: 128M}\n")
                    .append("      restart_policy: {condition: on-failure, max_attempts: 3}\n");
            if (i > 0) {
                base.append("    depends_on:\n      svc-").append(i - 1).append(": {condition: service_healthy}\n");
            }
            override.append("  ").append(name).append(":\n")
                    .append("    environment: [\"REPLICA_OF=svc-").append(i).append("\", \"LOG_LEVEL=${LOG_LEVEL}\"]\n")
                    .append("    labels: {team: qa, tier: \"").append(i % 3).append("\"}\n")
                    .append("    deploy: {replicas: ").append(1 + i % 2).append(", labels: {env: test}}\n");
            mounts.append("  ").append(name).append(":\n")
                    .append("    volumes: [\"data-").append(i % 10).append(":/var/lib/app\", \"./conf/")
                    .append(name).append(":/etc/app:ro\"]\n")
                    .append("    secrets: [api_token]\n");
        }
        base.append("networks:\n  front: {}\n  back: {driver: overlay, attachable: true}\n");
        mounts.append("volumes:\n");
        for (int v = 0; v < 10; v++) {
            mounts.append("  data-").append(v).append(": {}\n");
        }
        mounts.append("secrets:\n  api_token: {file: ./secrets/api_token.txt}\n");
        Path a = dir.resolve("compose.yaml");
        Path b = dir.resolve("compose.override.yaml");
        Path c = dir.resolve("compose.mounts.yaml");
        Files.writeString(a, base);
        Files.writeString(b, override);
        Files.writeString(c, mounts);
        return List.of(a, b, c);
    }
}
