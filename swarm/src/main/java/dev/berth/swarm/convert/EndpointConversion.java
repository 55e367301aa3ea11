package dev.berth.swarm.convert;

import dev.berth.compose.model.Port;
import dev.berth.engine.ports.PortLabel;
import dev.berth.engine.ports.PortRequest;
import dev.berth.compose.model.Service;
import dev.berth.swarm.spec.EndpointSpec;
import dev.berth.swarm.spec.PortConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a service is reached and its published ports. Without IPVS on the nodes, virtual IPs and
 * the ingress mesh do not work: every service resolves by DNS round-robin and publishes its ports
 * on the nodes that run its tasks (Swarm refuses ingress ports with dnsrr).
 */
final class EndpointConversion {

    static final String VIP = "vip";
    static final String DNSRR = "dnsrr";
    static final String INGRESS = "ingress";
    static final String HOST = "host";

    static final String NO_IPVS_NOTICE = "The cluster cannot route virtual IPs or the ingress mesh (no IPVS on its nodes):"
            + " every service resolves by DNS round-robin (endpoint_mode dnsrr) and publishes its ports in host mode,"
            + " on the nodes that run its tasks";

    private EndpointConversion() {
    }

    static EndpointSpec endpoint(Conversion c, String serviceKey, Service service) {
        String base = "services." + serviceKey;
        String mode = DNSRR;
        if (c.options().ipvs()) {
            String given = service.deploy() == null ? null : service.deploy().endpointMode();
            mode = given == null ? VIP : given.toLowerCase(Locale.ROOT);
        }
        List<PortConfig> ports = new ArrayList<>();
        for (int i = 0; i < service.ports().size(); i++) {
            ports.add(port(c, serviceKey, base + ".ports." + i, service.ports().get(i), mode));
        }
        return new EndpointSpec(mode, ports);
    }

    private static PortConfig port(Conversion c, String serviceKey, String path, Port port, String endpointMode) {
        String publishMode = port.mode() == null ? INGRESS : port.mode();
        if (!c.options().ipvs()) {
            publishMode = HOST;
        } else if (DNSRR.equals(endpointMode) && INGRESS.equals(publishMode)) {
            c.warn(path + ".mode", "endpoint_mode dnsrr cannot publish through the ingress mesh; published in host mode");
            publishMode = HOST;
        }
        if (port.hostIp() != null) {
            c.warn(path + ".host_ip", "Docker Swarm publishes on every address of a node; host_ip " + port.hostIp()
                    + " ignored");
        }
        if (port.appProtocol() != null) {
            c.warn(path + ".app_protocol", "Docker Swarm has no application protocol for a port; ignored");
        }
        String protocol = port.protocol() == null ? "tcp" : port.protocol();
        Integer published = published(c, path, port.published());
        if (published != null) {
            published = c.options().publishedPorts().getOrDefault(
                    new PortRequest(serviceKey, published, port.target(), protocol), published);
        }
        return new PortConfig(port.name(), protocol, port.target(), published, publishMode);
    }

    /** The label that records the ports this service got, so that a re-up keeps them; null when none. */
    static String portLabel(Conversion c, String serviceKey) {
        Map<PortRequest, Integer> own = new HashMap<>();
        c.options().publishedPorts().forEach((r, p) -> {
            if (r.service().equals(serviceKey)) {
                own.put(r, p);
            }
        });
        return own.isEmpty() ? null : PortLabel.format(own);
    }

    /** A single published port; Swarm cannot pick one of a range, so the range's first port is taken. */
    private static Integer published(Conversion c, String path, String published) {
        if (published == null || published.isEmpty()) {
            return null;
        }
        int dash = published.indexOf('-');
        try {
            int first = Integer.parseInt(dash < 0 ? published : published.substring(0, dash));
            if (dash >= 0) {
                c.warn(path + ".published", "Docker Swarm publishes one port per target, not a range; published on "
                        + first);
            }
            return first;
        } catch (NumberFormatException e) {
            c.fail(path + ".published", "\"" + published + "\" is not a port number or range");
            return null;
        }
    }
}
