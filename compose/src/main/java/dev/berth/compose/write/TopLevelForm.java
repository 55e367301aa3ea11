package dev.berth.compose.write;

import dev.berth.compose.model.Config;
import dev.berth.compose.model.Ipam;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Secret;
import dev.berth.compose.model.Volume;
import java.util.Map;

/** Top-level networks, volumes, configs and secrets in the canonical output. */
final class TopLevelForm {

    private TopLevelForm() {
    }

    static Object network(Network n) {
        return new Entries()
                .text("name", n.name())
                .text("driver", n.driver())
                .textMap("driver_opts", n.driverOpts())
                .flag("attachable", n.attachable())
                .flag("internal", n.internal())
                .mapping("ipam", n.ipam(), TopLevelForm::ipam)
                .flag("external", n.external())
                .textMap("labels", n.labels())
                .bool("enable_ipv4", n.enableIpv4())
                .bool("enable_ipv6", n.enableIpv6())
                .extensions(n.extensions())
                .build();
    }

    private static Map<String, Object> ipam(Ipam i) {
        return new Entries()
                .text("driver", i.driver())
                .list("config", i.config(), p -> new Entries()
                        .text("subnet", p.subnet())
                        .text("gateway", p.gateway())
                        .text("ip_range", p.ipRange())
                        .textMap("aux_addresses", p.auxAddresses())
                        .extensions(p.extensions())
                        .build())
                .textMap("options", i.options())
                .extensions(i.extensions())
                .build();
    }

    static Object volume(Volume v) {
        return new Entries()
                .text("name", v.name())
                .text("driver", v.driver())
                .textMap("driver_opts", v.driverOpts())
                .flag("external", v.external())
                .textMap("labels", v.labels())
                .extensions(v.extensions())
                .build();
    }

    static Object config(Config c) {
        return fileObject(c.name(), c.file(), c.environment(), c.content(), c.external(), c.labels(), c.driver(),
                c.driverOpts(), c.templateDriver(), c.extensions());
    }

    static Object secret(Secret s) {
        return fileObject(s.name(), s.file(), s.environment(), s.content(), s.external(), s.labels(), s.driver(),
                s.driverOpts(), s.templateDriver(), s.extensions());
    }

    private static Object fileObject(String name, String file, String environment, String content, boolean external,
            Map<String, String> labels, String driver, Map<String, String> driverOpts, String templateDriver,
            dev.berth.compose.model.Extensions extensions) {
        return new Entries()
                .text("name", name)
                .text("file", file)
                .text("environment", environment)
                .text("content", content)
                .flag("external", external)
                .textMap("labels", labels)
                .text("driver", driver)
                .textMap("driver_opts", driverOpts)
                .text("template_driver", templateDriver)
                .extensions(extensions)
                .build();
    }
}
