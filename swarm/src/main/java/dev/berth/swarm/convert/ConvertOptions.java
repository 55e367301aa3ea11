package dev.berth.swarm.convert;

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
 * @param team the team that owns the environment on a Berth server; null for no team label
 */
public record ConvertOptions(
        boolean ipvs,
        Map<String, String> subnets,
        FileContents contents,
        Map<String, String> environment,
        String owner,
        String expires,
        String team) {

    public ConvertOptions(boolean ipvs, Map<String, String> subnets, FileContents contents,
                          Map<String, String> environment, String owner, String expires) {
        this(ipvs, subnets, contents, environment, owner, expires, null);
    }

    public ConvertOptions {
        subnets = subnets == null ? Map.of() : Map.copyOf(subnets);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        if (contents == null) {
            throw new IllegalArgumentException("contents is required: configs and secrets may name files");
        }
    }
}
