package dev.berth.compose.merge;

import dev.berth.compose.tree.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Compose Specification's merge rules, keyed by path pattern. */
final class MergeRules {

    private static final Map<String, MergeRule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("services.*.command", MergeRule.REPLACE);
        RULES.put("services.*.entrypoint", MergeRule.REPLACE);
        RULES.put("services.*.healthcheck.test", MergeRule.REPLACE);
        RULES.put("services.*.ulimits.*", MergeRule.REPLACE);

        RULES.put("services.*.environment", MergeRule.KEY_VALUE);
        RULES.put("services.*.labels", MergeRule.KEY_VALUE);
        RULES.put("services.*.annotations", MergeRule.KEY_VALUE);
        RULES.put("services.*.sysctls", MergeRule.KEY_VALUE);
        RULES.put("services.*.build.args", MergeRule.KEY_VALUE);
        RULES.put("services.*.build.labels", MergeRule.KEY_VALUE);
        RULES.put("services.*.build.additional_contexts", MergeRule.KEY_VALUE);
        RULES.put("services.*.deploy.labels", MergeRule.KEY_VALUE);
        RULES.put("services.*.volumes.*.volume.labels", MergeRule.KEY_VALUE);
        RULES.put("networks.*.labels", MergeRule.KEY_VALUE);
        RULES.put("volumes.*.labels", MergeRule.KEY_VALUE);
        RULES.put("configs.*.labels", MergeRule.KEY_VALUE);
        RULES.put("secrets.*.labels", MergeRule.KEY_VALUE);

        RULES.put("services.*.depends_on", MergeRule.NAMED_MAPPING);
        RULES.put("services.*.networks", MergeRule.NAMED_MAPPING);

        RULES.put("services.*.extra_hosts", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.build.extra_hosts", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.dns", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.dns_opt", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.dns_search", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.tmpfs", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.cap_add", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.cap_drop", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.profiles", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.expose", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.links", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.env_file", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.label_file", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.security_opt", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.networks.*.aliases", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.networks.*.link_local_ips", MergeRule.UNIQUE_VALUES);
        RULES.put("services.*.deploy.placement.constraints", MergeRule.UNIQUE_VALUES);

        RULES.put("services.*.ports", MergeRule.PORTS);
        RULES.put("services.*.volumes", MergeRule.MOUNTS);
        RULES.put("services.*.devices", MergeRule.MOUNTS);
        RULES.put("services.*.secrets", MergeRule.FILE_REFERENCES);
        RULES.put("services.*.configs", MergeRule.FILE_REFERENCES);
        RULES.put("services.*.build", MergeRule.BUILD);
        RULES.put("services.*.logging", MergeRule.LOGGING);
        RULES.put("networks.*.ipam.config", MergeRule.IPAM_CONFIG);
    }

    private MergeRules() {
    }

    static MergeRule ruleFor(Path path) {
        for (Map.Entry<String, MergeRule> e : RULES.entrySet()) {
            if (path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return MergeRule.DEFAULT;
    }
}
