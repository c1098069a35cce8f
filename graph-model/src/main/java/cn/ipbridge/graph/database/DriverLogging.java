package cn.ipbridge.graph.database;

import java.util.logging.Level;

import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;

/**
 * The Java driver's logging. Its default (6.1, {@code System.Logger}) turns every message it sends into a string
 * at DEBUG level before the level is checked, parameters included: each import batch became a string of megabytes,
 * about a sixth of an import's time, and every request paid for it too. The loggers here check the level first.
 */
public final class DriverLogging {

    private DriverLogging() {
    }

    /** Through SLF4J, under the application's logging configuration (the API's Spring Boot logging). */
    public static Logging slf4j() {
        return Logging.slf4j();
    }

    /**
     * The driver configuration of programs that configure no logging (benchmarks, tests, child processes):
     * {@code java.util.logging} at INFO, where the driver's own messages went before.
     */
    public static Config standalone() {
        return Config.builder().withLogging(Logging.javaUtilLogging(Level.INFO)).build();
    }
}
