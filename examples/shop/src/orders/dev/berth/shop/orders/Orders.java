package dev.berth.shop.orders;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders: an order asks the catalog for the product and its price, takes its number from
 * a Redis counter and is stored in MariaDB; the module registers itself in ZooKeeper.
 *   POST /orders?product=N   place an order for one product N
 *   GET  /orders             how many orders there are
 *   GET  /health             200 when MariaDB, Redis and ZooKeeper answer
 */
public final class Orders {

    private static final String COUNTER = "orders:last-number";

    private final String catalogUrl;
    private final Database db;
    private final Redis redis;
    private final Registry registry;

    private Orders(String catalogUrl, Database db, Redis redis, Registry registry) {
        this.catalogUrl = catalogUrl;
        this.db = db;
        this.redis = redis;
        this.registry = registry;
    }

    public static void main(String[] args) throws Exception {
        Self.module("orders");
        Settings settings = Settings.load(args, "orders");
        Redis redis = new Redis(settings.get("redis.host"), settings.port("redis.port"));
        Registry registry = Self.retry("zookeeper", Duration.ofSeconds(60),
                () -> Registry.connect(settings.get("zookeeper.connect"), settings.get("environment")));
        Orders orders = new Orders(settings.get("catalog.url"), Database.of(settings), redis, registry);
        Self.retry("mariadb", Duration.ofSeconds(60), () -> {
            orders.createOrders();
            return null;
        });
        int port = settings.port("http.port");
        Http.serve(port, Map.of(
                "/orders", e -> "POST".equals(e.getRequestMethod()) ? orders.place(Http.query(e, "product")) : orders.count(),
                "/health", e -> orders.health()));
        registry.register("orders", Self.host(), "http://" + Self.host() + ":" + port);
        System.err.println("orders: serving on port " + port + " as " + Self.name());
    }

    private void createOrders() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS shop_order (id BIGINT PRIMARY KEY, product_id INT NOT NULL,"
                    + " product_name VARCHAR(64) NOT NULL, price DECIMAL(8,2) NOT NULL, placed_by VARCHAR(128) NOT NULL,"
                    + " placed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> place(String product) throws Exception {
        if (product == null || !product.matches("\\d+")) {
            throw new IllegalArgumentException("POST /orders?product=N needs a product number");
        }
        Map<String, Object> fromCatalog = Http.get(catalogUrl + "/products?id=" + product);
        Map<String, Object> item = ((List<Map<String, Object>>) fromCatalog.get("products")).get(0);
        long total;
        long id;
        try (Connection c = db.connect()) {
            id = nextNumber(c);
        }
        try (Connection c = db.connect();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO shop_order (id, product_id, product_name, price, placed_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, ((Number) item.get("id")).intValue());
            insert.setString(3, (String) item.get("name"));
            insert.setBigDecimal(4, new java.math.BigDecimal((String) item.get("price")));
            insert.setString(5, Self.name());
            insert.executeUpdate();
            total = count(c);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("served_by", Self.name());
        answer.put("order", id);
        answer.put("order_number_from", "redis " + redis.address());
        answer.put("product", item.get("name"));
        answer.put("price", item.get("price"));
        answer.put("priced_by", fromCatalog.get("served_by"));
        answer.put("stored_in", "mariadb " + db.address());
        answer.put("orders_stored", total);
        return answer;
    }

    /**
     * The next order number from Redis. Redis keeps no data on disk here, so after it
     * restarts its counter is set past the highest number MariaDB holds.
     */
    private long nextNumber(Connection c) throws Exception {
        long id = redis.incr(COUNTER);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM shop_order")) {
            r.next();
            long highest = r.getLong(1);
            if (id <= highest) {
                redis.command("SET", COUNTER, Long.toString(highest));
                id = redis.incr(COUNTER);
            }
        }
        return id;
    }

    private Map<String, Object> count() throws Exception {
        try (Connection c = db.connect()) {
            return Map.of("served_by", Self.name(), "orders_stored", count(c));
        }
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM shop_order")) {
            r.next();
            return r.getLong(1);
        }
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
