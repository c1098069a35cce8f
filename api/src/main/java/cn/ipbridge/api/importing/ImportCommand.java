package cn.ipbridge.api.importing;

import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

import cn.ipbridge.api.system.CommandContext;
import cn.ipbridge.api.system.GraphSchema;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.graph.importing.ImportFileException;
import cn.ipbridge.graph.importing.ImportReport;
import cn.ipbridge.graph.importing.ImportRun;

/**
 * {@code import}: imports one file into the configured database and exits. Exit codes: 0 all rows imported,
 * 1 some rows rejected (the valid ones are imported unless {@code --strict}), 2 bad arguments or an unreadable
 * file (nothing written).
 */
public final class ImportCommand {

    public static final String NAME = "import";

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args) {
        ImportArguments arguments;
        try {
            arguments = ImportArguments.parse(args);
        } catch (ImportFileException e) {
            System.err.println("import: " + e.getMessage());
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(application)) {
            context.getBean(GraphSchema.class);
            ImportRun importer = new ImportRun(context.getBean(Driver.class),
                    context.getBean(Neo4jSettings.class).database());
            ProgressBar progress = new ProgressBar(System.err, System.console() != null);
            ImportReport report = importer.run(arguments.file(), arguments.options(), progress);
            progress.done();
            System.out.print(report.summary());
            return report.rejected() > 0 ? 1 : 0;
        } catch (ImportFileException e) {
            System.err.println("import: " + e.getMessage());
            return 2;
        }
    }
}
