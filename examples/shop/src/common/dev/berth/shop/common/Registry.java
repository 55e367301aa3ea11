package dev.berth.shop.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;

/**
 * The shop's module registry in ZooKeeper: each module adds an ephemeral node under
 * /shop/ENVIRONMENT/modules while it runs; the gateway lists them.
 */
public final class Registry implements AutoCloseable {

    private final String connect;
    private final String root;
    private final ZooKeeper zk;

    private Registry(String connect, String root, ZooKeeper zk) {
        this.connect = connect;
        this.root = root;
        this.zk = zk;
    }

    public static Registry connect(String connect, String environment) throws IOException, InterruptedException {
        CountDownLatch connected = new CountDownLatch(1);
        ZooKeeper zk = new ZooKeeper(connect, 15000, event -> {
            if (event.getState() == Watcher.Event.KeeperState.SyncConnected) {
                connected.countDown();
            }
        });
        if (!connected.await(30, TimeUnit.SECONDS)) {
            zk.close();
            throw new IOException("zookeeper " + connect + ": not connected after 30 s");
        }
        return new Registry(connect, "/shop/" + environment + "/modules", zk);
    }

    public String address() {
        return connect;
    }

    public boolean connected() {
        return zk.getState().isConnected();
    }

    /** Registers MODULE@HOST with its URL; gone when this process ends. */
    public void register(String module, String host, String url) throws KeeperException, InterruptedException {
        String path = "";
        for (String part : root.substring(1).split("/")) {
            path += "/" + part;
            try {
                zk.create(path, new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            } catch (KeeperException.NodeExistsException ignored) {
                // made by another module
            }
        }
        String node = root + "/" + module + "@" + host;
        try {
            zk.delete(node, -1); // left by an earlier session of this same container
        } catch (KeeperException.NoNodeException ignored) {
            // the usual case
        }
        zk.create(node, url.getBytes(StandardCharsets.UTF_8), ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.EPHEMERAL);
    }

    public List<String> modules() throws KeeperException, InterruptedException {
        return zk.getChildren(root, false).stream().sorted().toList();
    }

    @Override
    public void close() {
        try {
            zk.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
