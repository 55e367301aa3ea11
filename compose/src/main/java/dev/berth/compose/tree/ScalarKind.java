package dev.berth.compose.tree;

/** The type a scalar resolves to under the YAML 1.2 core schema. */
public enum ScalarKind {
    STRING("a string"),
    INT("an integer"),
    FLOAT("a number"),
    BOOL("a boolean"),
    NULL("null");

    private final String description;

    ScalarKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
