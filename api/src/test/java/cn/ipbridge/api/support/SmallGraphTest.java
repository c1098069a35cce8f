package cn.ipbridge.api.support;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the GraphQL tests that run against {@link SmallGraph} instead of generated data. They share one
 * application context and so one database, which holds nothing but the small graph.
 */
@TestPropertySource(properties = "ipbridge.dataset.size=none")
public abstract class SmallGraphTest extends GraphQlTestBase {

    @Autowired
    private Driver driver;

    @BeforeEach
    void writeSmallGraphOnce() {
        long firms = driver.executableQuery("MATCH (e:Enterprise {uscc: $uscc}) RETURN count(e) AS n")
                .withParameters(Map.of("uscc", SmallGraph.MICRO)).execute()
                .records().get(0).get("n").asLong();
        if (firms == 0) {
            SmallGraph.write(driver);
            driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        }
    }
}
