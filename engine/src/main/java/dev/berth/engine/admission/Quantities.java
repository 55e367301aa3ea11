package dev.berth.engine.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Memory and CPUs as people read them: {@code 1.5 GiB}, {@code 256 MiB}, {@code 0.25 CPU}. */
public final class Quantities {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private Quantities() {
    }

    public static String memory(long bytes) {
        if (bytes >= GIB) {
            return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(GIB), 1, RoundingMode.HALF_UP) + " GiB";
        }
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MIB), 0, RoundingMode.HALF_UP) + " MiB";
    }

    public static String cpus(long nanoCpus) {
        BigDecimal cpus = BigDecimal.valueOf(nanoCpus).divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (cpus.scale() < 1) {
            cpus = cpus.setScale(1, RoundingMode.UNNECESSARY);
        }
        return cpus.toPlainString() + " CPU";
    }
}
