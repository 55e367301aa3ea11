package dev.berth.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import picocli.CommandLine.Option;

/** {@code --format table|json} of the commands that list things, and the JSON they print. */
final class TableFormat {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    enum Format { table, json }

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;
}
