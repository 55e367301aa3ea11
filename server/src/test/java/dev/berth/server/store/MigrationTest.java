package dev.berth.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The schema migrates on H2 and on PostgreSQL, once, and keeps its data across opens. */
class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migratesTheEmbeddedDatabase() throws Exception {
        migratesAndKeepsData(TestDatabases.h2(dir));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_VARIABLE, matches = ".+")
    void migratesPostgres() throws Exception {
        migratesAndKeepsData(TestDatabases.postgres());
    }

    private void migratesAndKeepsData(String url) throws Exception {
        try (Database db = Database.open(url)) {
            assertThat(versions(db)).containsExactly("1");
            new UserStore(db).create("alice", "member", "blue", null);
            new AuditLog(db).append("alice", "127.0.0.1", "PUT", "/api/v1/environments/a", 202, "ok");
        }
        try (Database again = Database.open(url)) {
            assertThat(versions(again)).containsExactly("1");
            assertThat(new UserStore(again).find("alice")).map(User::team).hasValue("blue");
            assertThat(new AuditLog(again).recent(10)).extracting(AuditLog.Entry::path)
                    .containsExactly("/api/v1/environments/a");
        }
    }

    private static List<String> versions(Database db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/berth?user=u&password=secret"))
                .hasMessageStartingWith("cannot open the database jdbc:postgresql://127.0.0.1:1/berth?user=u&password=***")
                .hasMessageNotContaining("secret");
    }
}
