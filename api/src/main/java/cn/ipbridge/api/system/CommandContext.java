package cn.ipbridge.api.system;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application without its web server, for command-line subcommands (generate, import): connected to the
 * configured database with the schema up to date, and never writing the first-start data set by itself.
 */
public final class CommandContext {

    private CommandContext() {
    }

    public static ConfigurableApplicationContext start(Class<?> application) {
        // A command-line argument, so that it outranks application.yml's ${IPBRIDGE_DATASET:demo}.
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("spring.main.banner-mode=off")
                .run("--ipbridge.dataset.size=none");
    }
}
