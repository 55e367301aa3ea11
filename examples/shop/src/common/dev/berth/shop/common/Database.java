package dev.berth.shop.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The MariaDB database a module keeps its tables in, from its settings (db.url, db.user, db.password). */
public record Database(String url, String user, String password) {

    public static Database of(Settings settings) throws java.io.IOException {
        return new Database(settings.get("db.url"), settings.get("db.user"), settings.secret("db.password"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** host:port/database, for answers that name where data came from. */
    public String address() {
        return url.replaceFirst("^jdbc:[a-z]+://", "");
    }
}
