package cn.ipbridge.api.system;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code generate --size demo|shanghai [--seed N]}: writes a generated graph into the configured database
 * (embedded or NEO4J_URI) without starting the web server, then exits.
 */
public final class GenerateCommand {

    public static final String NAME = "generate";

    private GenerateCommand() {
    }

    /** Returns the process exit code: 0 on success, 2 for bad arguments. */
    public static int run(Class<?> application, String[] args) {
        DatasetSettings settings;
        try {
            settings = parse(List.of(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.err.println("usage: generate --size demo|shanghai [--seed N]");
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(application)) {
            FirstDataSet.write(context.getBean(Driver.class), context.getBean(Neo4jSettings.class).database(),
                    settings);
        }
        return 0;
    }

    static DatasetSettings parse(List<String> args) {
        String size = null;
        Long seed = null;
        List<String> rest = new ArrayList<>(args);
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("argument " + flag + " needs a value");
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--size" -> size = value;
                case "--seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("argument --seed must be a whole number, was " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + flag);
            }
        }
        if (size == null || !(size.equals("demo") || size.equals("shanghai"))) {
            throw new IllegalArgumentException("argument --size must be demo or shanghai, was " + size);
        }
        return new DatasetSettings(size, seed);
    }
}
