package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.doctor.Check;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster commands before they reach an engine, and how the doctor's verdicts are printed. */
class ClusterCommandsTest {

    private static Map<String, String> noEngine(Path dir) {
        return Map.of("HOME", "/home/tester", "DOCKER_HOST", "unix://" + dir.resolve("no-such.sock"));
    }

    @Test
    void aBadAddressPoolIsInvalidInput(@TempDir Path dir) {
        Cli cli = Cli.run(noEngine(dir), dir, "cluster", "init", "--default-addr-pool", "10.20.0.0");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("--default-addr-pool: expected an IPv4 CIDR such as 10.200.0.0/16, found \"10.20.0.0\"");
    }

    @Test
    void aMaskShorterThanThePoolIsInvalidInput(@TempDir Path dir) {
        Cli cli = Cli.run(noEngine(dir), dir, "cluster", "init", "--default-addr-pool", "10.20.0.0/16",
                "--default-addr-pool-mask-length", "12");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("--default-addr-pool-mask-length must be 8 to 29 and no shorter than the pool's"
                + " own prefix, not 12");
    }

    @Test
    void joinNeedsATokenAndAnAddress(@TempDir Path dir) {
        Cli noToken = Cli.run(noEngine(dir), dir, "cluster", "join", "10.0.0.1:2377");
        assertThat(noToken.code).isEqualTo(2);
        assertThat(noToken.err()).contains("Missing required option: '--token=TOKEN'");
        Cli badAddress = Cli.run(noEngine(dir), dir, "cluster", "join", "--token", "SWMTKN-1-x", "http://10.0.0.1/");
        assertThat(badAddress.code).isEqualTo(2);
        assertThat(badAddress.err()).contains("expected a manager's ADDR[:PORT], such as 10.0.0.1:2377, not http://10.0.0.1/");
    }

    @Test
    void anUnreachableEngineIsNamed(@TempDir Path dir) {
        for (String[] args : new String[][] {{"cluster", "init"}, {"cluster", "join", "--token", "t", "10.0.0.1"},
                {"cluster", "leave"}, {"cluster", "nodes"}, {"cluster", "doctor"}}) {
            Cli cli = Cli.run(noEngine(dir), dir, args);
            assertThat(cli.code).as(String.join(" ", args)).isEqualTo(1);
            assertThat(cli.err()).as(String.join(" ", args)).contains("berth: cannot reach the Docker engine at unix://"
                    + dir.resolve("no-such.sock"));
        }
    }

    @Test
    void everyClusterCommandHasHelp() {
        for (String command : new String[] {"init", "join", "leave", "nodes", "doctor"}) {
            Cli cli = Cli.run(Path.of("."), "cluster", command, "--help");
            assertThat(cli.code).as(command).isZero();
            assertThat(cli.out()).as(command).contains("Usage: berth cluster " + command);
        }
    }

    static final List<Check> CHECKS = List.of(
            new Check("engines", Check.Status.PASS, "3 of 3 nodes ready", ""),
            new Check("virtual IPs", Check.Status.WARN, "no IPVS", "modprobe ip_vs"),
            new Check("overlay traffic", Check.Status.FAIL, "no overlay traffic between a ↔ b", "open UDP 4789"),
            new Check("registry", Check.Status.SKIP, "skipped: no build.registry in the configuration", ""));

    @Test
    void doctorPrintsOneLinePerCheckAndTheFixUnderTheOnesThatDidNotPass() {
        StringWriter text = new StringWriter();
        DoctorPrinter.text(CHECKS, new PrintWriter(text, true));
        assertThat(text.toString()).isEqualTo("""
                PASS  engines          3 of 3 nodes ready
                WARN  virtual IPs      no IPVS
                                       fix: modprobe ip_vs
                FAIL  overlay traffic  no overlay traffic between a ↔ b
                                       fix: open UDP 4789
                SKIP  registry         skipped: no build.registry in the configuration
                1 passed, 1 warned, 1 failed, 1 skipped
                """);
        assertThat(DoctorPrinter.failed(CHECKS)).isTrue();
        assertThat(DoctorPrinter.failed(CHECKS.subList(0, 2))).isFalse();
    }

    @Test
    void doctorJson() throws Exception {
        String json = DoctorPrinter.json(CHECKS.subList(1, 2));
        assertThat(json.replaceAll("\\s+", " ")).isEqualTo("{ \"ok\" : true, \"checks\" : [ { \"name\" : \"virtual IPs\","
                + " \"status\" : \"warn\", \"summary\" : \"no IPVS\", \"fix\" : \"modprobe ip_vs\" } ] }");
    }

    @Test
    void nodeSizesAreShort() {
        assertThat(ClusterNodesCommand.cpus(2.0)).isEqualTo("2");
        assertThat(ClusterNodesCommand.cpus(1.5)).isEqualTo("1.5");
        assertThat(ClusterNodesCommand.memory(3L << 29)).isEqualTo("1.5GiB");
        assertThat(ClusterNodesCommand.memory(512L << 20)).isEqualTo("512MiB");
    }
}
