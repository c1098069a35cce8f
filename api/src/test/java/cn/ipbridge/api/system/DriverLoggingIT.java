package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;

import cn.ipbridge.api.support.SmallGraphTest;

/**
 * The API's driver, configured as Boot configures it, turns a message it sends into a string only when DEBUG is on
 * for the driver (see {@code DriverLogging}): a request's parameters are not formatted and thrown away.
 */
class DriverLoggingIT extends SmallGraphTest {

    @Autowired
    private List<ConfigBuilderCustomizer> customizers;

    @Test
    void formatsNoDebugMessageUnderTheApplicationsLogging() {
        Config.ConfigBuilder builder = Config.builder();
        customizers.forEach(c -> c.customize(builder));
        Logger log = builder.build().logging().getLog(DriverLoggingIT.class);
        int[] formatted = {0};
        Object parameters = new Object() {
            @Override
            public String toString() {
                formatted[0]++;
                return "{rows: [...]}";
            }
        };

        log.debug("C: RUN %s", parameters);
        assertThat(formatted[0]).isZero();
        log.warn("%s", parameters);
        assertThat(formatted[0]).isEqualTo(1);
    }
}
