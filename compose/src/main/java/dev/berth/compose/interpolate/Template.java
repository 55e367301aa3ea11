package dev.berth.compose.interpolate;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A parsed template: literal text and variable references, whose arguments are templates in
 * turn. Parsing first and evaluating afterwards lets a syntax error be reported whatever the
 * environment holds, while an argument is still evaluated only when its operator uses it.
 */
record Template(List<Part> parts) {

    Template {
        parts = List.copyOf(parts);
    }

    sealed interface Part permits Literal, Reference {
    }

    record Literal(String text) implements Part {
    }

    /** {@code $NAME} or {@code ${NAME}} (operator NONE, no argument) or {@code ${NAME<op>argument}}. */
    record Reference(String name, Operator operator, Template argument) implements Part {
    }

    String evaluate(Function<String, String> lookup) {
        return evaluate(lookup, name -> { });
    }

    /** @param unset hears each variable that a plain reference ({@code $NAME}, {@code ${NAME}}) finds unset */
    String evaluate(Function<String, String> lookup, Consumer<String> unset) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Reference reference) {
                out.append(resolve(reference, lookup, unset));
            }
        }
        return out.toString();
    }

    private static String resolve(Reference reference, Function<String, String> lookup, Consumer<String> unset) {
        String value = lookup.apply(reference.name());
        boolean set = value != null;
        boolean notEmpty = set && !value.isEmpty();
        Template argument = reference.argument();
        if (reference.operator() == Operator.NONE && !set) {
            unset.accept(reference.name());
        }
        return switch (reference.operator()) {
            case NONE -> set ? value : "";
            case DEFAULT_IF_UNSET_OR_EMPTY -> notEmpty ? value : argument.evaluate(lookup, unset);
            case DEFAULT_IF_UNSET -> set ? value : argument.evaluate(lookup, unset);
            case REQUIRED_NOT_EMPTY -> notEmpty ? value : missing(reference, lookup);
            case REQUIRED -> set ? value : missing(reference, lookup);
            case ALTERNATE_IF_NOT_EMPTY -> notEmpty ? argument.evaluate(lookup, unset) : "";
            case ALTERNATE_IF_SET -> set ? argument.evaluate(lookup, unset) : "";
        };
    }

    private static String missing(Reference reference, Function<String, String> lookup) {
        String reason = reference.argument().evaluate(lookup);
        String message = "required variable " + reference.name() + " is missing a value";
        throw new InterpolationException(reason.isEmpty() ? message : message + ": " + reason);
    }
}
