package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import java.util.Locale;

/** Names of the images Berth makes: a repository per service, tagged by content. */
final class ImageNames {

    private ImageNames() {
    }

    /**
     * The service's {@code image:} without tag or digest, else {@code berth/<project>-<service>}.
     */
    static String repository(String project, String service, Service s) {
        if (s.image() != null && !s.image().isBlank()) {
            return withoutTag(s.image());
        }
        return ("berth/" + project + "-" + service).toLowerCase(Locale.ROOT);
    }

    static String withoutTag(String image) {
        String name = image;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            name = name.substring(0, colon);
        }
        return name;
    }

    /** The repository under {@code registry}: its own registry part, if any, replaced. */
    static String inRegistry(String repository, String registry) {
        int slash = repository.indexOf('/');
        String path = repository;
        if (slash > 0) {
            String first = repository.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                path = repository.substring(slash + 1);
            }
        }
        return registry + "/" + path;
    }
}
