package dev.berth.bench;

import dev.berth.compose.env.ProjectEnvironment;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loader benchmark: time per load and peak heap of a generated 300-service project in three
 * merged files with interpolation; then the wall time of {@code bin/berth config} on the bundled
 * example beside {@code java -version}, the floor any JVM command pays.
 */
public final class ConfigBench {

    private ConfigBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int services = Integer.getInteger("services", 300);
        loadBenchmark(services);
        startupBenchmark(root, Integer.getInteger("runs", 10));
    }

    private static void loadBenchmark(int services) throws Exception {
        Path dir = Files.createTempDirectory("berth-bench");
        List<Path> files = GeneratedProject.write(dir, services);
        Map<String, String> env = ProjectEnvironment.load(Map.of("HOME", "/home/bench"), dir, List.of());
        LoadOptions options = new LoadOptions(files, dir, null, Set.of(), env, dir);
        ComposeLoader loader = new ComposeLoader();
        for (int i = 0; i < 30; i++) {
            loader.load(options);
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long baseline = heapUsed();
        List<Long> nanos = new ArrayList<>();
        LoadResult last = null;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            last = loader.load(options);
            nanos.add(System.nanoTime() - start);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Collections.sort(nanos);
        System.out.printf("load: %d services in 3 merged files, interpolation on (%d loaded)%n",
                services, last.project().services().size());
        System.out.printf("  time per load: median %.1f ms, min %.1f ms, max %.1f ms   (target < 150 ms)%n",
                nanos.get(nanos.size() / 2) / 1e6, nanos.get(0) / 1e6, nanos.get(nanos.size() - 1) / 1e6);
        System.out.printf("  peak heap during loads, in a JVM capped at -Xmx%dm: %.1f MiB (baseline %.1f MiB)   (target < 64 MiB)%n",
                Runtime.getRuntime().maxMemory() / 1048576,
                peak / 1048576.0, baseline / 1048576.0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void startupBenchmark(Path root, int runs) throws Exception {
        Path example = root.resolve("examples/shop");
        List<String> berth = List.of(root.resolve("bin/berth").toString(), "config", "-q",
                "-f", "compose-compile.yaml", "-f", "compose-dependency.yaml", "-f", "compose-deploy.yaml");
        List<String> floor = List.of("java", "-Xshare:auto", "-version");
        time(berth, example, 2);
        time(floor, example, 2);
        double berthMs = time(berth, example, runs);
        double floorMs = time(floor, example, runs);
        System.out.printf("startup: bin/berth config on examples/shop, median of %d runs: %.0f ms%n", runs, berthMs);
        System.out.printf("  java -version (the floor), median of %d runs: %.0f ms%n", runs, floorMs);
        System.out.printf("  ratio: %.2fx the floor   (target < 3x)%n", berthMs / floorMs);
    }

    private static double time(List<String> command, Path dir, int runs) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int code = p.waitFor();
            ms[i] = (System.nanoTime() - start) / 1e6;
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + code);
            }
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
