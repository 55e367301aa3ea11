package dev.berth.engine.config;

/**
 * Admission control: what a service that declares no reservations or limits is counted and
 * limited at, so that no environment can take a host down.
 */
public record AdmissionSettings(Amount defaultReservation, Amount defaultLimit) {

    /** Memory in bytes and CPUs as a decimal. */
    public record Amount(long memoryBytes, double cpus) {
    }

    public static final Amount DEFAULT_RESERVATION = new Amount(128L << 20, 0.1);
    public static final Amount DEFAULT_LIMIT = new Amount(1L << 30, 1.0);

    static AdmissionSettings defaults() {
        return new AdmissionSettings(DEFAULT_RESERVATION, DEFAULT_LIMIT);
    }

    static AdmissionSettings read(ConfigValues v) {
        return new AdmissionSettings(amount(v.section("default-reservation"), DEFAULT_RESERVATION),
                amount(v.section("default-limit"), DEFAULT_LIMIT));
    }

    private static Amount amount(ConfigValues v, Amount fallback) {
        return new Amount(v.bytes("memory", fallback.memoryBytes()), v.cpus("cpus", fallback.cpus()));
    }
}
