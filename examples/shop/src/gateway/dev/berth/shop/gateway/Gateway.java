package dev.berth.shop.gateway;

import dev.berth.shop.common.Http;
import dev.berth.shop.common.Registry;
import dev.berth.shop.common.Self;
import dev.berth.shop.common.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shop's front door. GET / shows one request crossing the whole system: the catalog
 * (products from MariaDB, a view counter in Redis), a new order (priced by the catalog,
 * numbered by Redis, stored in MariaDB) and the modules registered in ZooKeeper; every
 * part names who served it.
 */
public final class Gateway {

    private final String environment;
    private final String catalogUrl;
    private final String ordersUrl;
    private final Registry registry;

    private Gateway(String environment, String catalogUrl, String ordersUrl, Registry registry) {
        this.environment = environment;
        this.catalogUrl = catalogUrl;
        this.ordersUrl = ordersUrl;
        this.registry = registry;
    }

    public static void main(String[] args) throws Exception {
        Self.module("gateway");
        Settings settings = Settings.load(args, "gateway");
        String environment = settings.get("environment");
        Registry registry = Self.retry("zookeeper", Duration.ofSeconds(60),
                () -> Registry.connect(settings.get("zookeeper.connect"), environment));
        Gateway gateway = new Gateway(environment, settings.get("catalog.url"), settings.get("orders.url"), registry);
        int port = settings.port("http.port");
        Http.serve(port, Map.of("/", e -> gateway.shop(), "/health", e -> gateway.health()));
        registry.register("gateway", Self.host(), "http://" + Self.host() + ":" + port);
        System.err.println("gateway: serving on port " + port + " as " + Self.name());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> shop() throws Exception {
        Map<String, Object> catalog = Http.get(catalogUrl + "/products");
        List<Map<String, Object>> products = (List<Map<String, Object>>) catalog.get("products");
        Object first = products.isEmpty() ? "1" : products.get(0).get("id");
        Map<String, Object> order = Http.post(ordersUrl + "/orders?product=" + first);
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("registered", registry.modules());
        modules.put("registered_in", "zookeeper " + registry.address());

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("environment", environment);
        answer.put("served_by", Self.name());
        answer.put("catalog", catalog);
        answer.put("new_order", order);
        answer.put("modules", modules);
        answer.put("hops", List.of(
                "gateway -> catalog " + catalogUrl,
                "catalog -> " + catalog.get("products_from"),
                "catalog -> " + catalog.get("views_counted_in"),
                "gateway -> orders " + ordersUrl,
                "orders -> catalog (priced by " + order.get("priced_by") + ")",
                "orders -> " + order.get("order_number_from"),
                "orders -> " + order.get("stored_in"),
                "gateway -> " + modules.get("registered_in")));
        return answer;
    }

    private Map<String, Object> health() {
        if (!registry.connected()) {
            throw new IllegalStateException("not connected to zookeeper " + registry.address());
        }
        return Map.of("status", "ok", "served_by", Self.name());
    }
}
