package dev.berth.swarm.convert;

import dev.berth.engine.config.AdmissionSettings;
import dev.berth.engine.ports.PortRequest;
import java.util.Map;

/**
 * What the conversion needs besides the project.
 *
 * @param ipvs false when the cluster cannot route virtual IPs or the ingress mesh: services then
 *        resolve by DNS round-robin and publish their ports on the nodes that run them
 * @param subnets network key → CIDR allocated by Berth, for networks without an explicit subnet
 * @param contents reads the files of configs and secrets
 * @param environment where configs and secrets with {@code environment:} take their value
 * @param owner who deploys the environment; null for no owner label
 * @param expires when the environment expires (ISO-8601); null for never
 * @param publishedPorts the port each published port of the files got on the cluster; a port
 *        not in it is published as the files say
 * @param defaults reservations and limits for services that declare none, so that Swarm's
 *        scheduler counts every task; null for none
 * @param team the team that owns the environment on a Berth server; null for no team label
 */
public record ConvertOptions(
        boolean ipvs,
        Map<String, String> subnets,
        FileContents contents,
        Map<String, String> environment,
        String owner,
        String expires,
        Map<PortRequest, Integer> publishedPorts,
        AdmissionSettings defaults,
        String team) {

    /** Options with the files' own ports, without default reservations and limits, and without a team. */
    public ConvertOptions(boolean ipvs, Map<String, String> subnets, FileContents contents,
                          Map<String, String> environment, String owner, String expires) {
        this(ipvs, subnets, contents, environment, owner, expires, Map.of(), null, null);
    }

    public ConvertOptions {
        publishedPorts = publishedPorts == null ? Map.of() : Map.copyOf(publishedPorts);
        subnets = subnets == null ? Map.of() : Map.copyOf(subnets);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        if (contents == null) {
            throw new IllegalArgumentException("contents is required: configs and secrets may name files");
        }
    }

    public ConvertOptions withPublishedPorts(Map<PortRequest, Integer> ports) {
        return new ConvertOptions(ipvs, subnets, contents, environment, owner, expires, ports, defaults, team);
    }

    public ConvertOptions withDefaults(AdmissionSettings newDefaults) {
        return new ConvertOptions(ipvs, subnets, contents, environment, owner, expires, publishedPorts, newDefaults,
                team);
    }

    public ConvertOptions withTeam(String newTeam) {
        return new ConvertOptions(ipvs, subnets, contents, environment, owner, expires, publishedPorts, defaults,
                newTeam);
    }
}
