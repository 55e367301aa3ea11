package dev.berth.compose.env;

import dev.berth.compose.problem.ComposeException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the dotenv format as docker compose reads {@code .env}, {@code --env-file} and
 * {@code env_file:} files.
 *
 * <ul>
 *   <li>{@code KEY=value}, also {@code export KEY=value} and {@code KEY: value}; a name holds
 *       letters, digits, {@code _ . - [ ]}. Blank lines and {@code #} comment lines are skipped.
 *   <li>Unquoted values run to the end of the line, lose a comment that starts with {@code #}
 *       after a space or tab, are trimmed, and have {@code ${VAR}} references substituted.
 *   <li>Single-quoted values are literal ({@code \'} is the only escape). Double-quoted values
 *       understand {@code \n \t \r \a \b \f \v \\ \" \$} and {@code \0nnn} (octal), then have
 *       references substituted. Both may span lines.
 *   <li>{@code KEY=} sets the empty string; {@code KEY} alone takes the value the lookup has
 *       for it and is left out when the lookup has none.
 * </ul>
 *
 * <p>A reference is resolved through the lookup first and then through the keys set earlier
 * in the file, as docker compose does: the process environment wins over an env file both
 * in the resulting environment and inside the file's own references.
 */
public final class DotEnv {

    private DotEnv() {
    }

    /**
     * Parses one dotenv file.
     *
     * @param file the name that problems show
     * @param lookup the outer environment; returns null for an unset variable
     * @return the variables in file order, unmodifiable
     * @throws ComposeException naming file, line and column of every problem
     */
    public static Map<String, String> parse(String file, String content, Function<String, String> lookup) {
        Map<String, String> values = new LinkedHashMap<>();
        parseInto(file, content, lookup, values);
        return Collections.unmodifiableMap(values);
    }

    /**
     * Parses into {@code values}, which may already hold the variables of earlier files: they
     * act as earlier keys of this file, and this file's keys replace them.
     */
    static void parseInto(String file, String content, Function<String, String> lookup, Map<String, String> values) {
        new DotEnvParser(file, content, lookup, values).parse();
    }
}
