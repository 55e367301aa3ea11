package dev.berth.engine.plan;

/** The kinds of cluster resource an environment is made of, in the order they are created. */
public enum ResourceKind {
    NETWORK("network"),
    CONFIG("config"),
    SECRET("secret"),
    SERVICE("service");

    private final String word;

    ResourceKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
