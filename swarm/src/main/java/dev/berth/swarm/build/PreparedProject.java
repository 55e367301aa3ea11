package dev.berth.swarm.build;

import dev.berth.compose.model.Project;
import dev.berth.swarm.client.RegistryAuth;
import java.util.List;

/**
 * The project ready to convert: services' images replaced by what was made and distributed,
 * build steps left out.
 *
 * @param registryAuth credentials the nodes need to pull the images, or null
 */
public record PreparedProject(Project project, List<PreparedImage> images, RegistryAuth registryAuth) {

    public PreparedProject {
        images = List.copyOf(images);
    }

    /**
     * @param deployed the reference the service deploys
     * @param destinations where the image went
     */
    public record PreparedImage(String service, ImageOutcome image, String deployed, List<String> destinations) {
        public PreparedImage {
            destinations = List.copyOf(destinations);
        }
    }
}
