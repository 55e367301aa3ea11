package dev.berth.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.server.auth.Authenticator;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.ClusterCache;
import dev.berth.server.job.JobRunner;
import dev.berth.server.store.AuditLog;
import dev.berth.server.store.TokenStore;
import dev.berth.server.store.UserStore;
import java.nio.file.Path;

/** What the routes work with; made once by the server. */
public record ApiContext(ObjectMapper json, Authenticator auth, UserStore users, TokenStore tokens, AuditLog audit,
                         JobRunner jobs, ClusterCache cache, ClusterAccess cluster, Path examples, Path uploads,
                         Heartbeats heartbeats) {
}
