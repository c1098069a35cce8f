package cn.ipbridge.api.importing;

import java.nio.file.Path;

import cn.ipbridge.graph.importing.ImportFileException;
import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportOptions;
import cn.ipbridge.graph.importing.SourceFile;
import cn.ipbridge.graph.importing.UserMapping;

/**
 * {@code import KIND FILE [--sheet NAME] [--mapping FILE] [--strict] [--dry-run] [--by NAME]}. Rejected rows go
 * to {@code FILE-NAME.rejects.tsv} in the current directory.
 */
record ImportArguments(SourceFile file, ImportOptions options) {

    static final String USAGE = "usage: scripts/import KIND FILE"
            + " [--sheet NAME] [--mapping FILE] [--strict] [--dry-run] [--by NAME]\n  KIND: " + String.join(", ",
            java.util.Arrays.stream(ImportKind.values()).map(ImportKind::label).toList());

    /** {@code args[0]} is the command name. */
    static ImportArguments parse(String[] args) {
        if (args.length < 3) {
            throw new ImportFileException(USAGE);
        }
        ImportKind kind = ImportKind.parse(args[1]);
        Path path = Path.of(args[2]);
        String sheet = null;
        UserMapping mapping = UserMapping.NONE;
        boolean strict = false;
        boolean dryRun = false;
        String by = null;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--sheet" -> sheet = value(args, ++i);
                case "--mapping" -> mapping = UserMapping.read(Path.of(value(args, ++i)));
                case "--strict" -> strict = true;
                case "--dry-run" -> dryRun = true;
                case "--by" -> by = value(args, ++i);
                default -> throw new ImportFileException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        Path rejects = Path.of(path.getFileName() + ".rejects.tsv");
        return new ImportArguments(new SourceFile(path, sheet),
                new ImportOptions(kind, mapping, strict, dryRun, by, rejects));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new ImportFileException(args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
