package cn.ipbridge.graph.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.neo4j.driver.Logging;

/**
 * A debug message the driver would send (its parameters are whole import batches) is turned into a string only
 * when DEBUG is on. The driver's default does it anyway, which is why {@link DriverLogging} exists.
 */
class DriverLoggingTests {

    /** Counts how often it is turned into a string. */
    private static final class Parameters {
        int formatted;

        @Override
        public String toString() {
            formatted++;
            return "[10,000 rows]";
        }
    }

    @Test
    void theStandaloneLoggingFormatsNoDebugMessage() {
        assertThat(debugFormats(DriverLogging.standalone().logging())).isZero();
    }

    @Test
    void theSlf4jLoggingFormatsNoDebugMessageWhileDebugIsOff() {
        assertThat(debugFormats(DriverLogging.slf4j())).isZero();
    }

    @Test
    void theDriversDefaultFormatsDebugMessagesAnyway() {
        assertThat(debugFormats(Config.defaultConfig().logging())).isEqualTo(1);
    }

    @Test
    void infoMessagesStillGetThrough() {
        Parameters parameters = new Parameters();
        DriverLogging.standalone().logging().getLog(DriverLoggingTests.class).info("closing %s", parameters);
        assertThat(parameters.formatted).isEqualTo(1);
    }

    private static int debugFormats(Logging logging) {
        Logger log = logging.getLog(DriverLoggingTests.class);
        Parameters parameters = new Parameters();
        log.debug("C: RUN %s", parameters);
        return parameters.formatted;
    }
}
