package dev.berth.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The token the command line sends to a server: {@code BERTH_TOKEN}, else the token file
 * ({@code $XDG_CONFIG_HOME/berth/token} or {@code ~/.config/berth/token}). A token file others
 * may read is refused: anyone who reads it acts as you on the server.
 */
final class ServerToken {

    private ServerToken() {
    }

    static String resolve(Invocation invocation) {
        String token = invocation.environment().get("BERTH_TOKEN");
        if (token != null && !token.isBlank()) {
            return token.trim();
        }
        Path file = file(invocation);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no token for the Berth server: set BERTH_TOKEN or write one to " + file
                    + " (chmod 600); an admin makes tokens with POST /api/v1/users/NAME/tokens");
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_EXECUTE);
            if (mode.stream().anyMatch(others::contains)) {
                throw new IllegalStateException("refusing the token file " + file + ": its mode is "
                        + PosixFilePermissions.toString(mode) + ", so other users may read it and act as you on the"
                        + " server; run 'chmod 600 " + file + "'");
            }
            String text = Files.readString(file).trim();
            if (text.isEmpty()) {
                throw new IllegalStateException("the token file " + file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the token file " + file + ": " + e.getMessage(), e);
        }
    }

    static Path file(Invocation invocation) {
        String xdg = invocation.environment().get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(invocation.environment().getOrDefault("HOME", System.getProperty("user.home")), ".config");
        return base.resolve("berth").resolve("token");
    }
}
