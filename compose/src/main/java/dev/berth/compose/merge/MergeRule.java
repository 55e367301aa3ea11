package dev.berth.compose.merge;

/** How a node of the override file combines with the node it meets in the base. */
enum MergeRule {
    /** Mappings merged key by key, sequences appended, scalars replaced. */
    DEFAULT,
    /** The override replaces the base: command, entrypoint, healthcheck.test. */
    REPLACE,
    /** Lists ({@code A=b}) or mappings, merged by key; the override's value wins. */
    KEY_VALUE,
    /** Lists of names or mappings by name (depends_on, networks), merged by name. */
    NAMED_MAPPING,
    /** Sequences appended, an entry equal to one already there dropped. */
    UNIQUE_VALUES,
    /** Ports: appended, a port with the same host address, published port, target and protocol replaced. */
    PORTS,
    /** Volumes and devices: an entry with the same container target replaced. */
    MOUNTS,
    /** Secrets and configs: an entry with the same target replaced. */
    FILE_REFERENCES,
    /** build: a string is short for {context: …}. */
    BUILD,
    /** logging: merged when the driver is the same, replaced when it changes. */
    LOGGING,
    /** networks.*.ipam.config: entries merged by subnet. */
    IPAM_CONFIG
}
