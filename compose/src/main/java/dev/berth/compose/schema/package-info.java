/**
 * Structural validation of one compose file: Berth's own description of the Compose
 * Specification, written in a small declarative language ({@code object().field("image",
 * string())}, {@code list(anyOf(portSpec(), object()…))}), and the version gates that
 * {@code docker stack deploy} applies to files declaring {@code version: "3.x"}.
 *
 * <p>{@link dev.berth.compose.schema.ComposeSchema#validate} is the entry point. The words of
 * the language are in {@code Schemas} and {@code Formats}; the description, one area per class,
 * in {@code TopLevelSchema}, {@code ServiceSchema}, {@code DeploySchema}, {@code NetworkSchema}…;
 * the versions in {@code FieldVersions} (keys) and {@code SyntaxVersions} (long syntaxes).
 */
package dev.berth.compose.schema;
