package cn.ipbridge.api.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.CommandContext;

/**
 * {@code report HALF_YEAR_END [--format xlsx|html] [--out FILE]}: writes the half-year report of the configured
 * database (embedded or NEO4J_URI) to a file and exits. Exit codes: 0 written, 2 bad arguments (nothing written).
 */
public final class ReportCommand {

    public static final String NAME = "report";
    private static final String USAGE = "usage: report YYYY-06-30|YYYY-12-31 [--format xlsx|html] [--out FILE]";

    private ReportCommand() {
    }

    record Arguments(HalfYear halfYear, String format, Path out) {
    }

    public static int run(Class<?> application, String[] args) {
        Arguments arguments;
        try {
            arguments = parse(List.of(args).subList(1, args.length));
        } catch (BadArgumentException | IllegalArgumentException e) {
            System.err.println("report: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandContext.start(application)) {
            HalfYearReport report = context.getBean(ReportQueries.class)
                    .report(arguments.halfYear(), RowScope.unrestrictedScope());
            byte[] body = arguments.format().equals("xlsx") ? ReportWorkbook.xlsx(report)
                    : ReportPage.html(report).getBytes(StandardCharsets.UTF_8);
            Files.write(arguments.out(), body);
            System.out.println("report: wrote " + report.title() + " (" + arguments.format() + ", " + body.length
                    + " bytes) to " + arguments.out());
            return 0;
        } catch (IOException e) {
            System.err.println("report: cannot write " + arguments.out() + ": " + e.getMessage());
            return 2;
        }
    }

    static Arguments parse(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        String end = null;
        String format = "xlsx";
        Path out = null;
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (!arg.startsWith("--")) {
                if (end != null) {
                    throw new IllegalArgumentException("one half year at a time, got " + end + " and " + arg);
                }
                end = arg;
                continue;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException("argument " + arg + " needs a value");
            }
            String value = rest.remove(0);
            switch (arg) {
                case "--format" -> format = value;
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (end == null) {
            throw new BadArgumentException(HalfYear.ARGUMENT, "missing: the half year's last day, e.g. 2026-06-30");
        }
        if (!format.equals("xlsx") && !format.equals("html")) {
            throw new IllegalArgumentException("argument --format must be xlsx or html, was " + format);
        }
        HalfYear halfYear = HalfYear.parse(end);
        return new Arguments(halfYear, format, out == null ? Path.of("half-year-report-" + end + "." + format) : out);
    }
}
