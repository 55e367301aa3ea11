package dev.berth.swarm.deploy;

import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.config.AdmissionSettings;
import dev.berth.engine.config.PortSettings;
import dev.berth.engine.network.Cidr;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One {@code berth up}: which project becomes which environment, and how.
 *
 * @param environment the variables configs and secrets with {@code environment:} read
 * @param detach return once every service was submitted in order, without waiting for all to converge
 * @param timeout how long to wait for each dependency and for convergence
 * @param ipvs true or false to skip the cluster probe; null to probe (once per cluster)
 * @param probeImage an image with busybox (sh, httpd, wget) for the probe
 * @param pools the address pools Berth allocates network subnets from
 * @param ports the range published ports come from when the files' port is taken
 * @param admission the reservations and limits of services that declare none; null for none
 * @param force deploy even when the environment does not fit on the cluster
 * @param team the team that owns the environment (a Berth server's user's team); null for none
 */
public record UpRequest(EnvironmentName name, Project project, Map<String, String> environment, boolean detach,
                        Duration timeout, String owner, Instant expires, Boolean ipvs,
                        String probeImage, List<Cidr> pools, PortSettings ports, AdmissionSettings admission,
                        boolean force, String team) {

    public static final List<Cidr> DEFAULT_POOLS = List.of(Cidr.parse("10.208.0.0/12"));
    public static final String DEFAULT_PROBE_IMAGE = "busybox:1.36";

    public UpRequest {
        environment = Map.copyOf(environment);
        pools = List.copyOf(pools);
    }
}
