package cn.ipbridge.graph.importing.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.SrdiLevel;
import cn.ipbridge.graph.model.University;
import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * The benchmark's data, the same on every run (fixed seed): a taxonomy of IPC sections, classes and subclasses,
 * {@value #ENTERPRISES} enterprises and {@value #UNIVERSITIES} universities, and a patent CSV whose rows name one or
 * two applicants (about half of them enterprises by name, one in twenty a university, the rest people and firms not
 * in the graph) and one to three IPC main groups.
 */
public final class BenchmarkData {

    static final int ENTERPRISES = 2_000;
    static final int UNIVERSITIES = 20;
    private static final int OTHER_APPLICANTS = 50_000;
    private static final String SECTIONS = "ABCDEFGH";

    private BenchmarkData() {
    }

    public static List<IpcClass> ipcClasses() {
        List<IpcClass> classes = new ArrayList<>();
        for (char s : SECTIONS.toCharArray()) {
            classes.add(new IpcClass(String.valueOf(s), IpcLevel.SECTION, "部" + s, null, null));
            for (int c = 1; c <= 99; c++) {
                String code = s + "%02d".formatted(c);
                classes.add(new IpcClass(code, IpcLevel.CLASS, "类" + code, null, String.valueOf(s)));
                for (char sub : "ABCDK".toCharArray()) {
                    classes.add(new IpcClass(code + sub, IpcLevel.SUBCLASS, "小类" + code + sub, null, code));
                }
            }
        }
        return classes;
    }

    /** The {@value #ENTERPRISES} enterprises some applicants of the file name. */
    public static List<Enterprise> enterprises() {
        return IntStream.range(0, ENTERPRISES)
                .mapToObj(i -> new Enterprise(enterpriseUscc(i), enterpriseName(i), List.of(), "310115", null, null,
                        null, SrdiLevel.MUNICIPAL_SRDI, 2023, false, false, null, null, null))
                .toList();
    }

    /**
     * The {@value #UNIVERSITIES} universities that about one applicant in twenty is: their patents also get the
     * {@code RESEARCH_PATENT_IN} link to their main class (at the {@code shanghai} size about one patent in ten is a
     * university's or institute's).
     */
    public static List<University> universities() {
        return IntStream.range(0, UNIVERSITIES).mapToObj(i -> new University(universityName(i), null)).toList();
    }

    static String universityName(int i) {
        return "测试大学" + i;
    }

    static String enterpriseName(int i) {
        return "上海测试" + i + "科技有限公司";
    }

    static String enterpriseUscc(int i) {
        return CreditCode.complete("91310115MA1" + "%05d".formatted(i) + "0").value();
    }

    /** Writes {@code rows} patents to {@code file} (UTF-8 CSV with an English header). */
    public static void writePatents(Path file, int rows) {
        SplittableRandom random = new SplittableRandom(20_260_101);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("application_no,title,applicants,filing_date,main_ipc,ipc\n");
            for (int i = 0; i < rows; i++) {
                String number = ApplicationNumber.complete("2023" + "1" + "%07d".formatted(i)).normalised();
                String applicants = applicant(random) + (random.nextInt(3) == 0 ? ";" + applicant(random) : "");
                LocalDate filed = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
                List<String> ipc = new ArrayList<>();
                for (int k = random.nextInt(3); k >= 0; k--) {
                    ipc.add(ipc(random));
                }
                out.write(String.join(",", number, "一种测试装置" + i, applicants, filed.toString(), ipc.get(0),
                        String.join(";", ipc)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String applicant(SplittableRandom random) {
        int kind = random.nextInt(20);
        return kind == 0 ? universityName(random.nextInt(UNIVERSITIES))
                : kind <= 10 ? enterpriseName(random.nextInt(ENTERPRISES))
                : "申请人" + random.nextInt(OTHER_APPLICANTS);
    }

    private static String ipc(SplittableRandom random) {
        return SECTIONS.charAt(random.nextInt(SECTIONS.length())) + "%02d".formatted(1 + random.nextInt(99))
                + "ABCDEFGHK".charAt(random.nextInt(9)) + (1 + random.nextInt(50)) + "/" + "%02d".formatted(random.nextInt(20));
    }
}
