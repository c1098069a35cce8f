package cn.ipbridge.api.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * The IPC hierarchy as the graph holds it ({@code PARENT} links, levels, Chinese titles), cached in memory: it is
 * reference data that changes only when a new scheme is loaded, and reading every candidate's ancestor chains from
 * the database made matchmaking send hundreds of thousands of maps per query. Read again after
 * {@code ipbridge.matching.ipc-cache-ttl}, so a newly loaded scheme shows within that time on every instance.
 */
@Component
class IpcHierarchy {

    private record IpcNode(String code, IpcLevel level, String title, String parent) {
    }

    /** Every code's chain, built once per read of the hierarchy: a firm's hundreds of fields each cost one look-up. */
    private record Snapshot(Map<String, List<IpcField.Ancestor>> chains, long loadedAt) {
    }

    private final Neo4jClient client;
    private final long ttlNanos;
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
        if (current == null || System.nanoTime() - current.loadedAt() > ttlNanos) {
            synchronized (this) {
                current = snapshot;
                if (current == null || System.nanoTime() - current.loadedAt() > ttlNanos) {
                    current = new Snapshot(chains(load()), System.nanoTime());
                    snapshot = current;
                }
            }
        }
        return current.chains();
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
