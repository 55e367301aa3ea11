package dev.berth.app.it;

/** The authenticated test registry that {@code scripts/registry up} starts and {@code scripts/registry env} names. */
record TestRegistry(String address, String user, String password) {

    static TestRegistry fromEnvironment() {
        String address = System.getenv("BERTH_TEST_REGISTRY");
        String password = System.getenv("BERTH_TEST_REGISTRY_PASSWORD");
        if (address == null || password == null) {
            throw new IllegalStateException("no test registry: start it with 'scripts/registry up' and export what"
                    + " 'scripts/registry env' prints (scripts/test does both)");
        }
        return new TestRegistry(address, System.getenv("BERTH_TEST_REGISTRY_USER"), password);
    }
}
