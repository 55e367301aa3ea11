package dev.berth.server.job;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a job, as stored and streamed: {@code progress} {"service","state","message"},
 * {@code notice} {"message"} (a gc's skipped node also {"skippedNode"}), {@code failed} {"service","message",…}, {@code done} {"state"}.
 */
public record JobEvent(int seq, String name, JsonNode data, String time) {
}
