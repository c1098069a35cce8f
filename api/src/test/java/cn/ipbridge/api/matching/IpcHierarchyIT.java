package cn.ipbridge.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import cn.ipbridge.api.support.SmallGraphTest;

/**
 * The cached IPC hierarchy on the small graph: read once while the first caller waits, then read again in the
 * background once stale, while callers go on with the snapshot they have (a second of reading the whole scheme
 * used to stop every matchmaking request in flight).
 */
class IpcHierarchyIT extends SmallGraphTest {

    @Autowired
    Neo4jClient client;

    @Autowired
    Driver driver;

    @Test
    void answersFromTheSnapshotItHasWhileReadingANewOne() {
        IpcHierarchy hierarchy = new IpcHierarchy(client, Duration.ZERO);
        try {
            assertThat(codes(hierarchy.chain("H01L21/02")))
                    .containsExactly("H01L21/02", "H01L21/00", "H01L", "H01", "H");
            assertThat(hierarchy.chain("H01Q")).isEmpty();

            driver.executableQuery("""
                    MATCH (parent:IpcClass {code: 'H01'})
                    CREATE (:IpcClass {code: 'H01Q', level: 'SUBCLASS', titleZh: '天线'})-[:PARENT]->(parent)""")
                    .execute();

            // Stale from the start (no time to live): this call starts a read and answers from the old snapshot.
            assertThat(hierarchy.chain("H01Q")).isEmpty();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> codes(hierarchy.chain("H01Q")).equals(List.of("H01Q", "H01", "H")));
        } finally {
            hierarchy.stop();
            driver.executableQuery("MATCH (c:IpcClass {code: 'H01Q'}) DETACH DELETE c").execute();
        }
    }

    private static List<String> codes(List<IpcField.Ancestor> chain) {
        return chain.stream().map(IpcField.Ancestor::code).toList();
    }
}
