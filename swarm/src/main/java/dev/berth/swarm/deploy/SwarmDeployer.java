package dev.berth.swarm.deploy;

import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.admission.AdmissionCheck;
import dev.berth.engine.admission.AdmissionResult;
import dev.berth.swarm.admission.AdmissionRefused;
import dev.berth.swarm.admission.ClusterCapacity;
import dev.berth.swarm.admission.Demands;
import dev.berth.engine.deploy.Condition;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.deploy.Prerequisite;
import dev.berth.engine.deploy.ServiceFailure;
import dev.berth.engine.deploy.StartOrder;
import dev.berth.engine.plan.Change;
import dev.berth.engine.ports.PortRequest;
import dev.berth.swarm.lock.ClusterLock;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.Planner;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.cluster.HostReadings;
import dev.berth.swarm.convert.ConvertOptions;
import dev.berth.swarm.convert.FileContents;
import dev.berth.swarm.convert.Stack;
import dev.berth.swarm.convert.StackConverter;
import dev.berth.swarm.spec.ConfigSpec;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.SecretSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code berth up} on Swarm. The order of work, in one place: check the cluster → plan
 * (desired against actual, by spec hash) → networks → configs and secrets → services in
 * depends_on order → wait for convergence → remove what the files no longer name.
 */
public final class SwarmDeployer {

    private final SwarmClient manager;
    private final List<SwarmClient> nodes;

    /** {@code nodes}: the engines of the individual nodes Berth can reach, if any (for per-node checks). */
    public SwarmDeployer(SwarmClient manager, List<SwarmClient> nodes) {
        this.manager = manager;
        this.nodes = List.copyOf(nodes);
    }

    public UpResult up(UpRequest request, DeployListener listener) throws InterruptedException {
        return up(request, null, listener);
    }

    /**
     * {@code lock}: the environment's lock, held by the caller; published ports are claimed on it
     * so that copies deployed at the same moment never get the same port.
     */
    public UpResult up(UpRequest request, ClusterLock.Held lock, DeployListener listener) throws InterruptedException {
        Instant started = Instant.now();
        requireManager();
        boolean ipvs = request.ipvs() != null ? request.ipvs()
                : new IpvsProbe(manager, request.probeImage()).ipvs();
        ClusterView current = ClusterView.read(manager, request.name());
        new ExternalResources(manager).requirePresent(request.project());
        Map<PortRequest, Integer> ports = PortClaims.claim(manager, lock, request.name(), request.project(),
                request.ports(), current, listener);
        HostReadings hosts = new HostReadings(request.probeImage());
        Stack stack = convert(request, ipvs, current, ports, hosts);
        Plan plan = Planner.plan(request.name(), stack.resources(), current.resources(), stack.warnings());
        AdmissionResult admission = admit(request, stack, plan);
        plan.notices().forEach(n -> listener.on(new DeployEvent.Notice(n)));
        if (!admission.fits()) {
            listener.on(new DeployEvent.Notice("deploying although the environment does not fit (--force): "
                    + String.join("; ", admission.refusals().stream().map(r -> r.service() + ": " + r.why()).toList())));
        }
        hosts.problems().forEach(p -> listener.on(new DeployEvent.Notice("the routes of a node could not be read, so new"
                + " subnets avoid only the networks it knows (" + p + ")")));
        createNetworks(plan, stack, request, listener, () -> hosts.routes(engines()));
        Map<String, String> objectIds = createConfigsAndSecrets(plan, stack, current, listener);
        Instant deadline = started.plus(request.timeout());
        UpResult result;
        try (EngineEvents events = EngineEvents.follow(engines(), request.name())) {
            TaskWatch watch = new TaskWatch(manager, listener, started, events);
            SwarmRollout rollout = new SwarmRollout(manager, request.name(), plan, stack.services(), current, objectIds,
                    watch, listener);
            Map<String, StartOrder.Outcome> outcomes = new StartOrder(prerequisites(request.project(), listener))
                    .run(rollout, deadline);
            result = converge(request, plan, outcomes, rollout, ipvs, listener, deadline);
        }
        if (result.ok()) {
            new Removal(manager, listener).removeStale(plan, current, deadline);
        }
        return result;
    }

    /**
     * What {@code up} would do, creating nothing: no probe either (an IPVS answer not known yet
     * is assumed to be no, as the fallback).
     */
    public UpPreview preview(UpRequest request) throws InterruptedException {
        requireManager();
        String source = "flag";
        Boolean ipvs = request.ipvs();
        if (ipvs == null) {
            ipvs = new IpvsProbe(manager, request.probeImage()).cached();
            source = ipvs == null ? "assumed" : "cached";
        }
        boolean routes = ipvs != null && ipvs;
        ClusterView current = ClusterView.read(manager, request.name());
        new ExternalResources(manager).requirePresent(request.project());
        // Ports as up would allocate them now, without claiming them.
        Map<PortRequest, Integer> ports = PortClaims.claim(manager, null, request.name(), request.project(),
                request.ports(), current, DeployListener.NONE);
        Stack stack = convert(request, routes, current, ports, new HostReadings(request.probeImage()));
        Plan plan = Planner.plan(request.name(), stack.resources(), current.resources(), stack.warnings());
        Demands demands = Demands.of(request.project(), stack.services(), plan);
        AdmissionResult admission = AdmissionCheck.check(ClusterCapacity.read(manager), demands.demands(), demands.freed());
        return new UpPreview(plan, stack, routes, source, demands.demands(), admission);
    }

    /** Places the services that change on the cluster as it is; refuses unless --force. */
    private AdmissionResult admit(UpRequest request, Stack stack, Plan plan) {
        Demands demands = Demands.of(request.project(), stack.services(), plan);
        AdmissionResult result = AdmissionCheck.check(ClusterCapacity.read(manager), demands.demands(), demands.freed());
        if (!result.fits() && !request.force()) {
            throw new AdmissionRefused(request.name().value(), result);
        }
        return result;
    }

    private void requireManager() {
        EngineInfo info = manager.info();
        if (!info.inSwarm()) {
            throw new IllegalStateException("the Docker engine at " + manager.endpoint() + " is not part of a swarm;"
                    + " run 'docker swarm init' (or scripts/cluster up) first");
        }
        if (!info.controlAvailable()) {
            throw new IllegalStateException("the Docker engine at " + manager.endpoint() + " is a swarm worker;"
                    + " point DOCKER_HOST or --host at a manager");
        }
    }

    private List<SwarmClient> engines() {
        List<SwarmClient> engines = new ArrayList<>(nodes);
        engines.add(0, manager);
        return engines;
    }

    private Stack convert(UpRequest request, boolean ipvs, ClusterView current, Map<PortRequest, Integer> ports,
                          HostReadings hosts) {
        Map<String, String> subnets = Subnets.allocate(request.project(), request.name(), request.pools(), engines(), current,
                hosts);
        ConvertOptions options = new ConvertOptions(ipvs, subnets, FileContents.disk(), request.environment(),
                request.owner(), request.expires() == null ? null : request.expires().toString())
                .withPublishedPorts(ports).withDefaults(request.admission()).withTeam(request.team());
        return StackConverter.convert(request.project(), request.name(), options);
    }

    private void createNetworks(Plan plan, Stack stack, UpRequest request, DeployListener listener,
                                java.util.function.Supplier<List<dev.berth.engine.network.Cidr>> routes)
            throws InterruptedException {
        NetworkCreation creation = new NetworkCreation(manager, request.pools(), routes);
        for (Change c : plan.of(Change.Action.CREATE, ResourceKind.NETWORK)) {
            NetworkCreate spec = stack.networks().stream().filter(n -> n.name().equals(c.name())).findFirst().orElseThrow();
            String key = spec.labels().get(dev.berth.engine.Labels.RESOURCE);
            dev.berth.compose.model.Network declared = request.project().networks().get(key);
            boolean allocated = declared != null && (declared.ipam() == null || declared.ipam().config().isEmpty());
            creation.create(c, spec, allocated, listener);
        }
        for (Change c : plan.of(Change.Action.UPDATE, ResourceKind.NETWORK)) {
            listener.on(new DeployEvent.Notice("network " + c.name() + " changed in the files, but Swarm cannot change"
                    + " a network in place; it keeps its old settings until 'berth down' and 'berth up'"));
        }
    }

    private Map<String, String> createConfigsAndSecrets(Plan plan, Stack stack, ClusterView current,
                                                        DeployListener listener) {
        Map<String, String> ids = new HashMap<>();
        current.configs().forEach(c -> ids.put(c.name(), c.id()));
        current.secrets().forEach(s -> ids.put(s.name(), s.id()));
        for (Change c : plan.of(Change.Action.CREATE, ResourceKind.CONFIG)) {
            ConfigSpec spec = stack.configs().stream().filter(s -> s.name().equals(c.name())).findFirst().orElseThrow();
            ids.put(c.name(), manager.objects().createConfig(spec));
            listener.on(new DeployEvent.Applied(c));
        }
        for (Change c : plan.of(Change.Action.CREATE, ResourceKind.SECRET)) {
            SecretSpec spec = stack.secrets().stream().filter(s -> s.name().equals(c.name())).findFirst().orElseThrow();
            ids.put(c.name(), manager.objects().createSecret(spec));
            listener.on(new DeployEvent.Applied(c));
        }
        // External configs and secrets are referenced by their own names.
        manager.objects().configs(Map.of()).forEach(c -> ids.putIfAbsent(c.name(), c.id()));
        manager.objects().secrets(Map.of()).forEach(s -> ids.putIfAbsent(s.name(), s.id()));
        return ids;
    }

    /** depends_on as the start order's edges; a dependency's condition from the files. */
    static Map<String, List<Prerequisite>> prerequisites(Project project, DeployListener listener) {
        Map<String, List<Prerequisite>> graph = new LinkedHashMap<>();
        project.services().forEach((name, service) -> {
            List<Prerequisite> deps = new ArrayList<>();
            for (Map.Entry<String, Dependency> d : service.dependsOn().entrySet()) {
                Condition condition = Condition.ofCompose(d.getValue().condition());
                deps.add(new Prerequisite(d.getKey(), condition, d.getValue().required()));
            }
            graph.put(name, deps);
        });
        return graph;
    }

    /** Without --detach, waits for every started service to converge; reports each outcome. */
    private UpResult converge(UpRequest request, Plan plan, Map<String, StartOrder.Outcome> outcomes,
                              SwarmRollout rollout, boolean ipvs, DeployListener listener, Instant deadline)
            throws InterruptedException {
        List<String> ready = java.util.Collections.synchronizedList(new ArrayList<>());
        List<ServiceFailure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> blocked = new LinkedHashMap<>();
        List<Thread> waits = new ArrayList<>();
        for (StartOrder.Outcome o : outcomes.values()) {
            if (o.blockedBy() != null) {
                blocked.put(o.service(), o.blockedBy());
                listener.on(new DeployEvent.Blocked(o.service(), o.blockedBy()));
            } else if (o.failure() != null) {
                ServiceFailure f = o.failure() instanceof ServiceFailure sf ? sf
                        : new ServiceFailure(o.service(), o.failure().getMessage(), "", null, List.of());
                failures.add(f);
                listener.on(new DeployEvent.Failed(f));
            } else if (!request.detach()) {
                Condition goal = isJob(request, o.service()) ? Condition.COMPLETED_SUCCESSFULLY : Condition.HEALTHY;
                Thread t = new Thread(() -> {
                    try {
                        rollout.await(o.service(), goal, deadline);
                        ready.add(o.service());
                        listener.on(new DeployEvent.Ready(o.service()));
                    } catch (ServiceFailure f) {
                        failures.add(f);
                        listener.on(new DeployEvent.Failed(f));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        ServiceFailure f = new ServiceFailure(o.service(), "could not follow its tasks: " + e.getMessage(),
                                "", null, List.of());
                        failures.add(f);
                        listener.on(new DeployEvent.Failed(f));
                    }
                }, "berth-converge-" + o.service());
                t.setDaemon(true);
                t.start();
                waits.add(t);
            }
        }
        for (Thread t : waits) {
            t.join();
        }
        return new UpResult(plan, ready, failures, blocked, ipvs);
    }

    private static boolean isJob(UpRequest request, String service) {
        var deploy = request.project().services().get(service).deploy();
        String mode = deploy == null ? null : deploy.mode();
        return "replicated-job".equals(mode) || "global-job".equals(mode);
    }
}
