package dev.berth.compose.model;

/**
 * One published or exposed port in long syntax. {@code published} is a string because it may be a range
 * ({@code "8000-8010"}); it is null when the engine picks the host port.
 */
public record Port(
        String name,
        int target,
        String published,
        String hostIp,
        String protocol,
        String mode,
        String appProtocol,
        Extensions extensions) {

    public Port {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
