package dev.berth.engine.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.config.PortSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortAllocatorTest {

    private static final PortSettings RANGE = new PortSettings(30000, 30002);
    private static final PortRequest WEB = new PortRequest("web", 8080, 80, "tcp");
    private static final PortRequest ADMIN = new PortRequest("web", 9090, 90, "tcp");
    private static final PortRequest DNS = new PortRequest("dns", 8080, 53, "udp");

    @Test
    void theFirstToAskGetsThePortItsFilesName() {
        assertThat(PortAllocator.allocate(List.of(WEB, ADMIN), Map.of(), Set.of(), RANGE))
                .containsExactly(Map.entry(WEB, 8080), Map.entry(ADMIN, 9090));
    }

    @Test
    void aLaterCopyGetsTheLowestFreePortsOfTheRange() {
        Set<TakenPort> taken = Set.of(new TakenPort(8080, "tcp"), new TakenPort(9090, "tcp"), new TakenPort(30000, "tcp"));
        assertThat(PortAllocator.allocate(List.of(WEB, ADMIN), Map.of(), taken, RANGE))
                .containsExactly(Map.entry(WEB, 30001), Map.entry(ADMIN, 30002));
    }

    @Test
    void tcpAndUdpOfOneNumberDoNotCollide() {
        assertThat(PortAllocator.allocate(List.of(WEB, DNS), Map.of(), Set.of(new TakenPort(8080, "tcp")), RANGE))
                .containsExactly(Map.entry(WEB, 30000), Map.entry(DNS, 8080));
    }

    @Test
    void aReUpKeepsItsPortsEvenWhenTheFilesPortIsFreeAgain() {
        Map<PortRequest, Integer> previous = Map.of(WEB, 30001);
        assertThat(PortAllocator.allocate(List.of(WEB), previous, Set.of(), RANGE)).containsExactly(Map.entry(WEB, 30001));
    }

    @Test
    void aKeptPortThatSomethingElseTookMeanwhileIsAllocatedAgain() {
        Map<PortRequest, Integer> previous = Map.of(WEB, 30001);
        Set<TakenPort> taken = Set.of(new TakenPort(30001, "tcp"), new TakenPort(8080, "tcp"));
        assertThat(PortAllocator.allocate(List.of(WEB), previous, taken, RANGE)).containsExactly(Map.entry(WEB, 30000));
    }

    @Test
    void aChangedPortInTheFilesIsANewRequest() {
        PortRequest moved = new PortRequest("web", 8081, 80, "tcp");
        assertThat(PortAllocator.allocate(List.of(moved), Map.of(WEB, 30001), Set.of(), RANGE))
                .containsExactly(Map.entry(moved, 8081));
    }

    @Test
    void anExhaustedRangeIsAClearError() {
        Set<TakenPort> taken = Set.of(new TakenPort(8080, "tcp"), new TakenPort(30000, "tcp"), new TakenPort(30001, "tcp"),
                new TakenPort(30002, "tcp"));
        assertThatThrownBy(() -> PortAllocator.allocate(List.of(WEB), Map.of(), taken, RANGE))
                .isInstanceOf(PortAllocator.PortRangeExhaustedException.class)
                .hasMessage("services.web: port 8080/tcp is taken and no port of the range 30000-30002 is free (3 in use);"
                        + " widen ports.range in Berth's configuration file or remove environments (berth ls, berth down)");
    }

    @Test
    void theLabelRecordsEachRequestAndReadsBack() {
        Map<PortRequest, Integer> ports = new java.util.LinkedHashMap<>();
        ports.put(WEB, 30001);
        ports.put(ADMIN, 9090);
        String label = PortLabel.format(ports);
        assertThat(label).isEqualTo("8080:80/tcp=30001,9090:90/tcp=9090");
        assertThat(PortLabel.parse("web", label)).isEqualTo(ports);
        assertThat(PortLabel.parse("web", "junk,8080:80/tcp=x")).isEmpty();
        assertThat(PortLabel.parse("web", null)).isEmpty();
    }
}
