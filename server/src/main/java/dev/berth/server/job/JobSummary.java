package dev.berth.server.job;

import java.util.List;

/** A job as the API shows it; times ISO-8601 UTC, null until they happen. */
public record JobSummary(String id, String kind, String environment, String user, String state, String created,
                         String started, String finished, String message, List<JobEvent> events) {
}
