package cn.ipbridge.api.system;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.ipbridge.graph.write.FirmProfileWriter;

/**
 * Brings the firms' derived patent profiles up to date while the application starts (after {@link FirstDataSet}):
 * a store written before profiles existed, or patents loaded by other tools, would otherwise match badly. Firms
 * whose profile is current cost one count each; only the others are rewritten.
 */
@Component
class StaleFirmProfiles {

    private static final Logger log = LoggerFactory.getLogger(StaleFirmProfiles.class);

    StaleFirmProfiles(FirstDataSet firstDataSet, Driver driver, Neo4jSettings neo4j) {
        long started = System.nanoTime();
        long refreshed = new FirmProfileWriter(driver, neo4j.database()).refreshStale(new ProgressLog()).items();
        if (refreshed > 0) {
            log.info("Refreshed the patent profiles of {} firms in {} s", refreshed,
                    String.format("%.1f", (System.nanoTime() - started) / 1e9));
        }
    }
}
