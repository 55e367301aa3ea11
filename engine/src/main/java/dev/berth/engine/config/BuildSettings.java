package dev.berth.engine.config;

/**
 * Building images for {@code build:} and the compile step.
 *
 * @param builder the Engine API that builds; null = the local engine
 * @param registry where built images go for the nodes to pull; null = loaded into each node directly
 * @param cacheDir where sources, artifacts and build contexts are cached; null = the default
 */
public record BuildSettings(String builder, Registry registry, String cacheDir) {

    /**
     * @param address registry host[:port], as in image references
     * @param username null = from ~/.docker/config.json
     * @param passwordEnv the environment variable holding the password (never the password itself)
     */
    public record Registry(String address, String username, String passwordEnv) {
    }

    static BuildSettings defaults() {
        return new BuildSettings(null, null, null);
    }

    static BuildSettings read(ConfigValues v) {
        ConfigValues r = v.section("registry");
        String address = r.string("address", null);
        String username = r.string("username", null);
        String passwordEnv = r.string("password-env", null);
        if (address == null && (username != null || passwordEnv != null)) {
            r.problem("address", "a registry needs address: host[:port], such as registry.example.com:5000");
        }
        Registry registry = address == null ? null : new Registry(address, username, passwordEnv);
        return new BuildSettings(EngineHosts.read(v, "builder"), registry, v.string("cache-dir", null));
    }
}
