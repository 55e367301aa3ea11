package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Labels;
import dev.berth.engine.ports.PortRequest;
import dev.berth.swarm.spec.PortConfig;
import dev.berth.swarm.spec.ServiceSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ports the cluster allocated replace the files' ones, and the service records them for the next up. */
class AllocatedPortsTest {

    private static final String PROJECT = """
            services:
              web:
                image: nginx
                ports: ["8080:80", "9090:90/udp", "7000-7002:70", "443"]
              db:
                image: postgres
            """;

    private static ServiceSpec convert(Map<PortRequest, Integer> ports, String service) {
        ConvertOptions options = new ConvertOptions(true, Map.of(), Projects.files(Map.of()), Map.of(), "alice", null)
                .withPublishedPorts(ports);
        return Projects.convert(PROJECT, options).services().get(service);
    }

    @Test
    void allocatedPortsArePublishedAndRecordedInALabel() {
        ServiceSpec web = convert(Map.of(new PortRequest("web", 8080, 80, "tcp"), 30001,
                new PortRequest("web", 9090, 90, "udp"), 9090, new PortRequest("web", 7000, 70, "tcp"), 30002), "web");
        assertThat(web.endpointSpec().ports()).extracting(PortConfig::publishedPort).containsExactly(30001, 9090, 30002, null);
        assertThat(web.labels()).containsEntry(Labels.PUBLISHED_PORTS, "7000:70/tcp=30002,8080:80/tcp=30001,9090:90/udp=9090");
        assertThat(convert(Map.of(new PortRequest("web", 8080, 80, "tcp"), 30001), "db").labels())
                .doesNotContainKey(Labels.PUBLISHED_PORTS);
    }

    @Test
    void withoutAllocationTheFilesPortsStandAndNoLabelIsSet() {
        ServiceSpec web = convert(Map.of(), "web");
        assertThat(web.endpointSpec().ports()).extracting(PortConfig::publishedPort).containsExactly(8080, 9090, 7000, null);
        assertThat(web.labels()).doesNotContainKey(Labels.PUBLISHED_PORTS);
    }
}
