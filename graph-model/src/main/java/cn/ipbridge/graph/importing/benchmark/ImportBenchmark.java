package cn.ipbridge.graph.importing.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import cn.ipbridge.graph.database.DriverLogging;
import cn.ipbridge.graph.database.EmbeddedNeo4j;
import cn.ipbridge.graph.database.SchemaMigrations;
import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportOptions;
import cn.ipbridge.graph.importing.ImportProgress;
import cn.ipbridge.graph.importing.ImportReport;
import cn.ipbridge.graph.importing.ImportRun;
import cn.ipbridge.graph.importing.SourceFile;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * {@code ImportBenchmark [ROWS] [DIR] [file|importer|loadcsv|all] [BATCH]}: writes the benchmark patent file,
 * imports it with {@link ImportRun} into a fresh embedded database, loads it with {@link LoadCsvImport} into another
 * fresh one, then writes the firms' profiles there by hand (the importer keeps them), and prints rows per second,
 * peak heap (engine included, as it runs in this JVM), CPU and GC time, CPU by kind of thread ({@link ThreadCpu}) and
 * what each wrote; for LOAD CSV also its two steps' times. Both write transactions of BATCH rows (the importer's
 * {@link ImportRun#DEFAULT_BATCH_SIZE} unless given).
 * {@code scripts/bench-import} runs each step in its own JVM, so neither warms the JIT for the other.
 */
public final class ImportBenchmark {

    private static final long PAGE_CACHE = 512L * 1024 * 1024;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 600_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ipbridge-bench");
        String step = args.length > 2 ? args[2] : "all";
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : ImportRun.DEFAULT_BATCH_SIZE;
        Path file = dir.resolve("patents.csv");
        if (step.equals("file") || step.equals("all")) {
            BenchmarkData.writePatents(file, rows);
            System.out.printf("%,d patent rows, %,d bytes: %s%n", rows, Files.size(file), file);
        }
        if (step.equals("importer") || step.equals("all")) {
            importer(dir, file, batch);
        }
        if (step.equals("loadcsv") || step.equals("all")) {
            loadCsv(dir, file, batch);
        }
    }

    private static void importer(Path dir, Path file, int batch) throws IOException {
        String what = "scripts/import (ImportRun, batches of %,d)".formatted(batch);
        measure(what, dir.resolve("importer"), file, (driver, copy) -> {
            ImportReport report = new ImportRun(driver, null, batch).run(new SourceFile(copy, null),
                    ImportOptions.of(ImportKind.PATENTS), new Stages());
            System.out.print(report.summary());
        });
    }

    private static void loadCsv(Path dir, Path file, int batch) throws IOException {
        measure("LOAD CSV ... CALL { } IN TRANSACTIONS OF %d ROWS, then the profiles".formatted(batch),
                dir.resolve("loadcsv"), file, (driver, copy) -> {
                    long started = System.nanoTime();
                    LoadCsvImport.run(driver, copy.toUri().toString(), batch);
                    long loaded = System.nanoTime();
                    LoadCsvImport.profiles(driver);
                    System.out.printf("LOAD CSV: rows %.1f s, profiles %.1f s%n", (loaded - started) / 1e9,
                            (System.nanoTime() - loaded) / 1e9);
                });
    }

    /** Both loads read their own copy in the engine's import directory, where LOAD CSV may read files. */
    private static void measure(String what, Path home, Path file, BiConsumer<Driver, Path> load) throws IOException {
        long rows;
        try (var lines = Files.lines(file)) {
            rows = lines.count() - 1;
        }
        deleteStore(home);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, 0, PAGE_CACHE);
             Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none(), DriverLogging.standalone())) {
            Path copy = Files.createDirectories(home.resolve("import")).resolve(file.getFileName());
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            SchemaMigrations.apply(driver, null);
            setUp(driver);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            Usage started = Usage.now();
            load.accept(driver, copy);
            Usage spent = Usage.now().since(started);
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s; %s; peak heap %,d MB; CPU %.1f s, GC %.1f s%n",
                    what, rows, spent.seconds(), rows / spent.seconds(), written(driver), peak / (1024 * 1024),
                    spent.cpuSeconds(), spent.gcSeconds());
            ThreadCpu.print();
        }
    }

    /**
     * Prints to the error stream (scripts/bench-import keeps it in {@code DIR/importer.log}) the time, CPU and GC
     * time of each tenth of the rows written, so a slowdown as the store grows shows where it starts.
     */
    private static final class Stages implements ImportProgress {

        private long step = Long.MAX_VALUE;
        private long next;
        private Usage last = Usage.now();

        @Override
        public void started(long estimatedRows) {
            step = Math.max(1, estimatedRows / 10);
            next = step;
        }

        @Override
        public void advanced(long rowsRead, long rowsWritten) {
            if (rowsWritten < next) {
                return;
            }
            next = rowsWritten + step;
            Usage now = Usage.now();
            Usage stage = now.since(last);
            System.err.printf("written %,d rows: last stage %.1f s, CPU %.1f s, GC %.1f s%n", rowsWritten,
                    stage.seconds(), stage.cpuSeconds(), stage.gcSeconds());
            last = now;
        }
    }

    /**
     * Wall time, this process's CPU time (all threads: the load, the driver and the engine) and the time its
     * collectors report (pauses and concurrent work together), at an instant or between two.
     */
    private record Usage(long nanos, long cpuNanos, long gcMillis) {

        static Usage now() {
            return new Usage(System.nanoTime(),
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime(),
                    ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum());
        }

        Usage since(Usage earlier) {
            return new Usage(nanos - earlier.nanos, cpuNanos - earlier.cpuNanos, gcMillis - earlier.gcMillis);
        }

        double seconds() {
            return nanos / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        double gcSeconds() {
            return gcMillis / 1e3;
        }
    }

    /** What a load wrote, so the two sides can be seen to write the same graph. */
    private static String written(Driver driver) {
        try (var session = driver.session()) {
            var counts = session.run("""
                    RETURN COUNT { (:Patent) } AS patents, COUNT { (:Applicant) } AS applicants,
                           COUNT { ()-[:APPLIED_BY]->() } AS appliedBy,
                           COUNT { ()-[:APPLIED_BY {linkedBy: 'NAME'}]->() } AS byName,
                           COUNT { ()-[:CLASSIFIED_AS]->() } AS classifiedAs,
                           COUNT { ()-[:CLASSIFIED_AS {main: true}]->() } AS main,
                           COUNT { ()-[:RESEARCH_PATENT_IN]->() } AS researchPatentIn,
                           COUNT { ()-[:ACTIVE_IN]->() } AS activeIn,
                           COUNT { ()-[:ACTIVE_IN_SUBCLASS]->() } AS activeInSubclass,
                           COUNT { ()-[:IN_FIELDS_OF]->() } AS inFieldsOf,
                           COLLECT { MATCH (e:Enterprise) RETURN sum(e.patentCount) }[0] AS profiledPatents
                    """).single();
            return counts.keys().stream().map(k -> "%,d %s".formatted(counts.get(k).asLong(), k))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** A fresh database each run: the store of an earlier run is deleted first. */
    private static void deleteStore(Path home) throws IOException {
        if (Files.exists(home)) {
            try (var paths = Files.walk(home)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void setUp(Driver driver) {
        GraphWriter writer = new GraphWriter(driver, null);
        writer.taxonomy().ipcClasses(BenchmarkData.ipcClasses(), WriteProgress.NONE);
        writer.enterprises().enterprises(BenchmarkData.enterprises(), WriteProgress.NONE);
        writer.organisations().universities(BenchmarkData.universities(), WriteProgress.NONE);
    }
}
