package dev.berth.server.cluster;

import dev.berth.engine.config.AdmissionSettings;
import dev.berth.engine.config.BuildSettings;
import dev.berth.engine.config.EnvironmentSettings;
import dev.berth.engine.config.GcSettings;
import dev.berth.engine.config.PortSettings;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.doctor.Doctor;
import dev.berth.swarm.lock.ClusterLock;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How jobs reach the cluster, as the command line does: the manager, the node engines (with
 * their configured names, "" when none), the address pools, the IPVS setting and probe image of
 * {@code up}, the range of published ports, the admission defaults, the gc settings, the
 * environments' default TTL and how long to wait for a lock, the registry the doctor checks (null for none),
 * and how images are built and distributed, as {@code berth up} does it.
 */
public record ClusterAccess(SwarmClient manager, List<SwarmClient> nodes, List<String> nodeNames, List<Cidr> pools,
                            Boolean ipvs, String probeImage, PortSettings ports, AdmissionSettings admission,
                            GcSettings gc, EnvironmentSettings environments, Doctor.Registry registry,
                            ProjectPreparation preparation) {

    public ClusterAccess {
        nodes = List.copyOf(nodes);
        nodeNames = List.copyOf(nodeNames);
        if (nodeNames.size() != nodes.size()) {
            throw new IllegalArgumentException("one name per node engine: " + nodeNames.size() + " for " + nodes.size());
        }
        pools = List.copyOf(pools);
    }

    /** With unnamed nodes, default gc settings and lock wait, and no registry. */
    public ClusterAccess(SwarmClient manager, List<SwarmClient> nodes, List<Cidr> pools, Boolean ipvs,
                         String probeImage, PortSettings ports, AdmissionSettings admission) {
        this(manager, nodes, Collections.nCopies(nodes.size(), ""), pools, ipvs, probeImage, ports, admission,
                new GcSettings(GcSettings.DEFAULT_IMAGE_AGE, List.of(), GcSettings.DEFAULT_DANGLING_AGE),
                new EnvironmentSettings(EnvironmentSettings.DEFAULT_TTL, EnvironmentSettings.DEFAULT_WAIT_LOCK), null,
                new ProjectPreparation(new BuildSettings(null, null, null), System.getenv()));
    }

    /** With the default port range and admission defaults. */
    public ClusterAccess(SwarmClient manager, List<SwarmClient> nodes, List<Cidr> pools, Boolean ipvs,
                         String probeImage) {
        this(manager, nodes, pools, ipvs, probeImage,
                new PortSettings(PortSettings.DEFAULT_FIRST, PortSettings.DEFAULT_LAST),
                new AdmissionSettings(AdmissionSettings.DEFAULT_RESERVATION, AdmissionSettings.DEFAULT_LIMIT));
    }

    /** How long to wait for another command's lock on the same environment or on gc. */
    public Duration waitLock() {
        return environments.waitLock();
    }

    /** The engines Berth reaches, the manager's first, as the command line's cluster top reads them. */
    public List<SwarmClient> engines() {
        List<SwarmClient> all = new ArrayList<>(nodes);
        all.add(0, manager);
        return all;
    }

    /** The engines named for the doctor, as {@code berth cluster doctor} names them. */
    public List<Doctor.NodeEngine> doctorEngines() {
        List<Doctor.NodeEngine> all = new ArrayList<>();
        all.add(new Doctor.NodeEngine("", manager));
        for (int i = 0; i < nodes.size(); i++) {
            all.add(new Doctor.NodeEngine(nodeNames.get(i), nodes.get(i)));
        }
        return all;
    }

    /** The cluster's locks, held in the name of {@code user} through this server: {@code alice via berth serve@host (pid 42)}. */
    public ClusterLock locks(String user) {
        return new ClusterLock(manager, user + " via berth serve@" + host() + " (pid " + ProcessHandle.current().pid() + ")");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "?";
        }
    }
}
