package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two copies of one project on one cluster do not see each other. */
class IsolationIT extends SwarmIT {

    @Test
    void twoCopiesOfOneProjectAreIsolated(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  server:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "mkdir -p /www && echo copy-${WHO} > /www/index.html && exec httpd -f -p 8080 -h /www"]
                  check:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command:
                      - sh
                      - -c
                      - |
                        for i in $$(seq 1 30); do timeout 2 wget -q -O- http://server:8080/ | grep -q copy-${WHO} && break; sleep 1; done
                        timeout 2 wget -q -O- http://server:8080/ | grep -q copy-${WHO} || { echo "server is not ours"; exit 1; }
                        if nslookup it-iso-${OTHER}_server >/dev/null 2>&1; then echo "the other copy resolves"; exit 2; fi
                        echo isolated
                    deploy: {mode: replicated-job}
                    depends_on: [server]
                """);
        TestSwarm.Run a = swarm.berthWith(Map.of("WHO", "a", "OTHER", "b"), dir, "up", "it-iso-a", "--progress", "plain",
                "--timeout", "2m");
        assertThat(a.code()).as(a.all()).isZero();
        TestSwarm.Run b = swarm.berthWith(Map.of("WHO", "b", "OTHER", "a"), dir, "up", "it-iso-b", "--progress", "plain",
                "--timeout", "2m");
        assertThat(b.code()).as(b.all()).isZero();
        assertThat(swarm.tasks("it-iso-a", "check")).anyMatch(t -> t.state().equals("complete"));
        assertThat(swarm.tasks("it-iso-b", "check")).anyMatch(t -> t.state().equals("complete"));
        TestSwarm.Run logs = swarm.berth(dir, "logs", "it-iso-b", "check");
        assertThat(logs.out()).startsWith("check").contains("  | isolated");
    }

    @Test
    void copiesDeployedAtTheSameTimeEachGetTheirOwnSubnet(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  web:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "while true; do sleep 1; done"]
                """);
        List<String> names = List.of("it-par-1", "it-par-2", "it-par-3");
        ExecutorService pool = Executors.newFixedThreadPool(names.size());
        try {
            List<Future<TestSwarm.Run>> runs = new ArrayList<>();
            for (String name : names) {
                runs.add(pool.submit(() -> swarm.berth(dir, "up", name, "--progress", "quiet", "--timeout", "2m")));
            }
            for (Future<TestSwarm.Run> run : runs) {
                assertThat(run.get().code()).as(run.get().all()).isZero();
            }
        } finally {
            pool.shutdown();
        }
        Set<String> subnets = new HashSet<>();
        for (String name : names) {
            List<String> own = swarm.manager.networks(Map.of("name", List.of(name + "_default"))).stream()
                    .flatMap(n -> n.subnets().stream()).toList();
            assertThat(own).as(name).hasSize(1);
            subnets.addAll(own);
            assertThat(swarm.tasks(name, "web")).as(name).anyMatch(t -> t.running());
        }
        assertThat(subnets).hasSize(names.size());
    }
}
