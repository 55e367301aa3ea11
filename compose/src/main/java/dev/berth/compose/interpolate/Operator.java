package dev.berth.compose.interpolate;

/** What {@code ${NAME<op>argument}} does with the variable's value and the argument. */
enum Operator {
    /** {@code $NAME} and {@code ${NAME}}: the value, or the empty string when unset. */
    NONE,
    /** {@code :-} */
    DEFAULT_IF_UNSET_OR_EMPTY,
    /** {@code -} */
    DEFAULT_IF_UNSET,
    /** {@code :?} */
    REQUIRED_NOT_EMPTY,
    /** {@code ?} */
    REQUIRED,
    /** {@code :+} */
    ALTERNATE_IF_NOT_EMPTY,
    /** {@code +} */
    ALTERNATE_IF_SET;

    /** The operator written as {@code c}, preceded by ':' when {@code colon}; null for any other character. */
    static Operator of(boolean colon, char c) {
        return switch (c) {
            case '-' -> colon ? DEFAULT_IF_UNSET_OR_EMPTY : DEFAULT_IF_UNSET;
            case '?' -> colon ? REQUIRED_NOT_EMPTY : REQUIRED;
            case '+' -> colon ? ALTERNATE_IF_NOT_EMPTY : ALTERNATE_IF_SET;
            default -> null;
        };
    }
}
