package dev.berth.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Jobs, their events, and the files each up deployed (the deploy history). */
public final class JobStore {

    public record JobRow(String id, String kind, String environment, String user, String state, String message,
                         Instant created, Instant started, Instant finished) {
    }

    public record EventRow(int seq, String name, String data, Instant time) {
    }

    public record DeployedFile(String file, String sha256) {
    }

    /** The length of the data column of job_events. */
    public static final int MAX_EVENT_DATA = 20000;

    private static final String COLUMNS = "id, kind, environment, user_name, state, message, created, started, finished";

    private final Sql sql;

    public JobStore(Database db) {
        this.sql = new Sql(db);
    }

    public void insert(JobRow job) {
        sql.update("INSERT INTO jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", job.id(), job.kind(),
                job.environment(), job.user(), job.state(), job.message(), job.created(), job.started(), job.finished());
    }

    public void started(String id, Instant at) {
        sql.update("UPDATE jobs SET state = 'running', started = ? WHERE id = ?", at, id);
    }

    public void finished(String id, String state, String message, Instant at) {
        sql.update("UPDATE jobs SET state = ?, message = ?, finished = ? WHERE id = ?", state,
                AuditLog.truncate(message, 4000), at, id);
    }

    /** Jobs a stopped server left queued or running; they are marked interrupted. */
    public int interruptLeftovers(Instant at) {
        return sql.update("UPDATE jobs SET state = 'interrupted', finished = ?,"
                + " message = 'the server stopped while the job ran; run it again (up converges)'"
                + " WHERE state IN ('queued', 'running')", at);
    }

    public Optional<JobRow> find(String id) {
        return sql.query("SELECT " + COLUMNS + " FROM jobs WHERE id = ?", JobStore::row, id).stream().findFirst();
    }

    public List<JobRow> recent(int limit, String environment) {
        if (environment != null) {
            return sql.query("SELECT " + COLUMNS + " FROM jobs WHERE environment = ? ORDER BY created DESC LIMIT ?",
                    JobStore::row, environment, limit);
        }
        return sql.query("SELECT " + COLUMNS + " FROM jobs ORDER BY created DESC LIMIT ?", JobStore::row, limit);
    }

    /** At most {@link #MAX_EVENT_DATA} characters of JSON: over-long texts in it are shortened, the JSON stays whole. */
    public void addEvent(String jobId, int seq, String name, JsonNode data, Instant at) {
        sql.update("INSERT INTO job_events (job_id, seq, name, data, at) VALUES (?, ?, ?, ?, ?)", jobId, seq, name,
                EventData.bounded(data, MAX_EVENT_DATA), at);
    }

    public List<EventRow> events(String jobId) {
        return sql.query("SELECT seq, name, data, at FROM job_events WHERE job_id = ? ORDER BY seq",
                rs -> new EventRow(rs.getInt("seq"), rs.getString("name"), rs.getString("data"), Sql.instant(rs, "at")),
                jobId);
    }

    public void addFiles(String jobId, Map<String, String> sha256ByFile) {
        sha256ByFile.forEach((file, sha) -> sql.update("INSERT INTO deploy_files (job_id, file, sha256) VALUES (?, ?, ?)",
                jobId, AuditLog.truncate(file, 300), sha));
    }

    public List<DeployedFile> files(String jobId) {
        return sql.query("SELECT file, sha256 FROM deploy_files WHERE job_id = ? ORDER BY file",
                rs -> new DeployedFile(rs.getString("file"), rs.getString("sha256")), jobId);
    }

    private static JobRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new JobRow(rs.getString("id"), rs.getString("kind"), rs.getString("environment"),
                rs.getString("user_name"), rs.getString("state"), rs.getString("message"), Sql.instant(rs, "created"),
                Sql.instant(rs, "started"), Sql.instant(rs, "finished"));
    }
}
