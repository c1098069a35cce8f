package cn.ipbridge.api.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * The IPC hierarchy as the graph holds it ({@code PARENT} links, levels, Chinese titles), cached in memory: it is
 * reference data that changes only when a new scheme is loaded, and reading every candidate's ancestor chains from
 * the database made matchmaking send hundreds of thousands of maps per query. Read again once
 * {@code ipbridge.matching.ipc-cache-ttl} has passed, so a newly loaded scheme shows within that time (and one read)
 * on every instance. Only the first read makes requests wait: later ones run on a thread of their own while requests
 * go on with the snapshot they have. Reading the whole scheme (about 77,000 classes) takes about a second, and when
 * requests waited for it every matchmaking request in flight stood still once every ten minutes (the stall of
 * {@code officersForEnterprise} in the benchmark suite, BENCHMARKS.md).
 */
@Component
class IpcHierarchy {

    private record IpcNode(String code, IpcLevel level, String title, String parent) {
    }

    /** Every code's chain, built once per read of the hierarchy: a firm's hundreds of fields each cost one look-up. */
    private record Snapshot(Map<String, List<IpcField.Ancestor>> chains, long loadedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(IpcHierarchy.class);

    private final Neo4jClient client;
    private final long ttlNanos;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ipc-hierarchy-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Snapshot snapshot;

    IpcHierarchy(Neo4jClient client, @Value("${ipbridge.matching.ipc-cache-ttl:10m}") Duration ttl) {
        this.client = client;
        this.ttlNanos = ttl.toNanos();
    }

    /** The code itself and its ancestors up to the section (at most five), as matchmaking compares them. */
    List<IpcField.Ancestor> chain(String code) {
        return chains().getOrDefault(code, List.of());
    }

    private Map<String, List<IpcField.Ancestor>> chains() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = read();
                    snapshot = current;
                }
            }
        } else if (System.nanoTime() - current.loadedAt() > ttlNanos && refreshing.compareAndSet(false, true)) {
            refresher.execute(this::refresh);
        }
        return current.chains();
    }

    private void refresh() {
        try {
            snapshot = read();
        } catch (RuntimeException e) {
            log.warn("Could not read the IPC hierarchy again; matchmaking goes on with the one read before: {}",
                    e.getMessage());
        } finally {
            refreshing.set(false);
        }
    }

    private Snapshot read() {
        return new Snapshot(chains(load()), System.nanoTime());
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    private static Map<String, List<IpcField.Ancestor>> chains(Map<String, IpcNode> nodes) {
        Map<String, IpcField.Ancestor> ancestors = new HashMap<>(nodes.size() * 2);
        nodes.values().forEach(n -> ancestors.put(n.code(), new IpcField.Ancestor(n.code(), n.level(), n.title())));
        Map<String, List<IpcField.Ancestor>> chains = new HashMap<>(nodes.size() * 2);
        for (IpcNode start : nodes.values()) {
            List<IpcField.Ancestor> chain = new ArrayList<>(5);
            IpcNode node = start;
            while (node != null && chain.size() < 5) {
                chain.add(ancestors.get(node.code()));
                node = node.parent() == null ? null : nodes.get(node.parent());
            }
            chains.put(start.code(), List.copyOf(chain));
        }
        return chains;
    }

    private Map<String, IpcNode> load() {
        Map<String, IpcNode> nodes = new HashMap<>(100_000);
        client.query("""
                MATCH (c:IpcClass)
                RETURN c.code AS code, c.level AS level, c.titleZh AS title,
                       [(c)-[:PARENT]->(p:IpcClass) | p.code][0] AS parent
                """).fetch().all().forEach(r -> {
                    String code = (String) r.get("code");
                    nodes.put(code, new IpcNode(code, IpcLevel.valueOf((String) r.get("level")),
                            (String) r.get("title"), (String) r.get("parent")));
                });
        return nodes;
    }
}
