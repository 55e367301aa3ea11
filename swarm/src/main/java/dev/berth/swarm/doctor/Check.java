package dev.berth.swarm.doctor;

/** The verdict of one doctor check, and what to do about it when it is not a pass. */
public record Check(String name, Status status, String summary, String fix) {

    public enum Status { PASS, WARN, FAIL, SKIP }

    static Check pass(String name, String summary) {
        return new Check(name, Status.PASS, summary, "");
    }

    static Check warn(String name, String summary, String fix) {
        return new Check(name, Status.WARN, summary, fix);
    }

    static Check fail(String name, String summary, String fix) {
        return new Check(name, Status.FAIL, summary, fix);
    }

    static Check skip(String name, String summary) {
        return new Check(name, Status.SKIP, summary, "");
    }
}
