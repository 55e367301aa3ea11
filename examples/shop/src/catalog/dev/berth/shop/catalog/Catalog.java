package dev.berth.shop.catalog;

import dev.berth.shop.common.Database;
import dev.berth.shop.common.Http;
import dev.berth.shop.common.Redis;
import dev.berth.shop.common.Registry;
import dev.berth.shop.common.Self;
import dev.berth.shop.common.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product catalog: products live in MariaDB, a view counter in Redis; the module
 * registers itself in ZooKeeper.
 *   GET /products        every product, and how often the catalog was viewed
 *   GET /products?id=N   one product
 *   GET /health          200 when MariaDB, Redis and ZooKeeper answer
 */
public final class Catalog {

    private final Database db;
    private final Redis redis;
    private final Registry registry;

    private Catalog(Database db, Redis redis, Registry registry) {
        this.db = db;
        this.redis = redis;
        this.registry = registry;
    }

    public static void main(String[] args) throws Exception {
        Self.module("catalog");
        Settings settings = Settings.load(args, "catalog");
        Redis redis = new Redis(settings.get("redis.host"), settings.port("redis.port"));
        Registry registry = Self.retry("zookeeper", Duration.ofSeconds(60),
                () -> Registry.connect(settings.get("zookeeper.connect"), settings.get("environment")));
        Catalog catalog = new Catalog(Database.of(settings), redis, registry);
        Self.retry("mariadb", Duration.ofSeconds(60), () -> {
            catalog.createProducts();
            return null;
        });
        int port = settings.port("http.port");
        Http.serve(port, Map.of("/products", e -> catalog.products(Http.query(e, "id")), "/health", e -> catalog.health()));
        registry.register("catalog", Self.host(), "http://" + Self.host() + ":" + port);
        System.err.println("catalog: serving on port " + port + " as " + Self.name());
    }

    /** The catalog's table, with the shop's first products when it is empty. */
    private void createProducts() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS product (id INT PRIMARY KEY, name VARCHAR(64) NOT NULL,"
                    + " price DECIMAL(8,2) NOT NULL, stock INT NOT NULL)");
            s.execute("INSERT IGNORE INTO product VALUES (1, 'Anchor', 129.00, 12), (2, 'Mooring rope 20 m', 34.50, 40),"
                    + " (3, 'Fender', 19.90, 75)");
        }
    }

    private Map<String, Object> products(String id) throws Exception {
        List<Map<String, Object>> products = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement q = c.prepareStatement(id == null
                        ? "SELECT id, name, price, stock FROM product ORDER BY id"
                        : "SELECT id, name, price, stock FROM product WHERE id = ?")) {
            if (id != null) {
                q.setInt(1, Integer.parseInt(id));
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("id", r.getInt("id"));
                    p.put("name", r.getString("name"));
                    p.put("price", r.getBigDecimal("price").toPlainString());
                    p.put("stock", r.getInt("stock"));
                    products.add(p);
                }
            }
        }
        if (id != null && products.isEmpty()) {
            throw new IllegalArgumentException("no product " + id);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("served_by", Self.name());
        answer.put("products", products);
        answer.put("products_from", "mariadb " + db.address());
        answer.put("catalog_views", redis.incr("catalog:views"));
        answer.put("views_counted_in", "redis " + redis.address());
        return answer;
    }

    private Map<String, Object> health() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        }
        redis.command("PING");
        if (!registry.connected()) {
            throw new IllegalStateException("not connected to zookeeper " + registry.address());
        }
        return Map.of("status", "ok", "served_by", Self.name());
    }
}
