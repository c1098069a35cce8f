package cn.ipbridge.graph.importing;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import cn.ipbridge.graph.write.BatchWriter;
import cn.ipbridge.graph.write.FirmProfileDeltas;
import cn.ipbridge.graph.write.FirmProfileWriter;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportRow;
import cn.ipbridge.graph.write.ImportWriter;
import cn.ipbridge.graph.write.LinkTarget;
import cn.ipbridge.graph.write.RowStatuses;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Imports one file: maps its header (a missing required column stops it before anything is written), validates
 * every row, links applicants, and writes valid rows in batches, one transaction each, through
 * {@link ImportWriter}. Invalid rows and later rows repeating an earlier row's key are rejected with line, column
 * and reason. Kinds whose rows add up (attendance sheets) give their graph rows once the file is read
 * ({@link RowParser#endOfFile}). In strict mode a first pass validates the whole file and nothing is written if any
 * row is invalid.
 * Every import that writes ends with an {@code Import} node recording the file, its hash, who, when and the counts.
 */
public final class ImportRun {

    private final Driver driver;
    private final SessionConfig session;
    private final BatchWriter batches;
    private final ImportWriter writer;
    private final int batchSize;

    /** At most this many batches are written at once (the machines this runs on have two cores or more). */
    static final int CONCURRENT_BATCHES = 2;

    /**
     * Rows per batch (and transaction) of a file import. Smaller than the write path's
     * {@link BatchWriter#DEFAULT_BATCH_SIZE}: with two batches in the engine at a time, a transaction of 10,000
     * patents lived through several young collections and was copied to the old generation, and the collector
     * then took almost as much CPU as the engine (BENCHMARKS.md, "Patent import", 7 December). Batches of 2,500
     * die young: the same 600,000 rows took 88-92 s instead of 103-117 s.
     */
    public static final int DEFAULT_BATCH_SIZE = 2_500;

    /** A batch handed to a writing thread. */
    private record InFlight(ImportEntity entity, int rows, Future<ImportWriter.Written> written) {
    }

    public ImportRun(Driver driver, String database, int batchSize) {
        this.driver = driver;
        this.session = database == null || database.isBlank()
                ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.batches = new BatchWriter(driver, database, batchSize);
        this.writer = new ImportWriter(batches);
        this.batchSize = batchSize;
    }

    public ImportRun(Driver driver, String database) {
        this(driver, database, DEFAULT_BATCH_SIZE);
    }

    public ImportReport run(SourceFile file, ImportOptions options, ImportProgress progress) {
        return run(file, options, progress, UUID.randomUUID().toString());
    }

    /** As {@link #run(SourceFile, ImportOptions, ImportProgress)}, recording the {@code Import} node under {@code id}. */
    public ImportReport run(SourceFile file, ImportOptions options, ImportProgress progress, String id) {
        Instant started = Instant.now();
        String sha256 = file.sha256();
        RowParser parser = options.kind().parser(driver, session);
        progress.started(file.estimatedRows());
        boolean validateFirst = options.strict() || options.dryRun();
        Pass pass = new Pass(parser, options, progress, validateFirst ? options.rejectFile() : null, !validateFirst);
        if (validateFirst) {
            pass.readAll(file);
            if (options.dryRun() || pass.rejected > 0) {
                return report(id, file, sha256, options, started, pass, options.dryRun() ? "DRY_RUN" : "REJECTED");
            }
            pass = new Pass(parser, options, progress, null, true);
        }
        ImportRecord.started(batches, id, file, sha256, options, started);
        try {
            pass.readAll(file);
        } catch (RuntimeException e) {
            ImportRecord.failed(batches, id, e);
            throw e;
        }
        if (options.kind() == ImportKind.PATENTS) {
            followProfiles(pass.newPatents, pass.firmsOfChangedPatents);
        }
        ImportReport report = report(id, file, sha256, options, started, pass, "COMPLETED");
        ImportRecord.finished(batches, report);
        return report;
    }

    /**
     * Firms' derived patent profiles (see FirmProfileWriter) follow their patents: what the patents this import
     * created bring is added to their firms' profiles; the firms of the patents it changed (a changed patent may
     * have moved between firms, classes or states) are recomputed; and so is any firm whose patent count does not
     * match its patents, whether it lost a patent to a changed row or an earlier import of this file was killed
     * before its profiles were brought up to date (a re-run then finds every row unchanged).
     */
    private void followProfiles(FirmProfileDeltas created, Set<String> changed) {
        FirmProfileWriter profiles = new FirmProfileWriter(driver, session.database().orElse(null));
        profiles.add(created, WriteProgress.NONE);
        profiles.refresh(changed, WriteProgress.NONE);
        profiles.refreshStale(WriteProgress.NONE);
    }

    private ImportReport report(String id, SourceFile file, String sha256, ImportOptions options, Instant started, Pass pass,
                                String state) {
        Map<String, RowStatuses> written = new LinkedHashMap<>();
        pass.written.forEach((entity, statuses) -> written.put(entity.label(), statuses));
        return new ImportReport(id, file.fileName(), sha256, options.kind(), options.by(),
                state, started, Instant.now(), pass.rowsRead, written, pass.rejected, List.copyOf(pass.shown),
                pass.mapping == null ? List.of() : pass.mapping.ignored(), pass.rejects.path());
    }

    /** One read of the file: validates every row and, when {@code write} is set, writes the valid ones. */
    private final class Pass implements RowSink {

        private final RowParser parser;
        private final ImportOptions options;
        private final ImportProgress progress;
        private final RejectFile rejects;
        private final boolean write;
        private final Map<String, Long> lineByKey = new HashMap<>();
        private final Map<ImportEntity, List<ImportRow>> pending = new EnumMap<>(ImportEntity.class);
        private final Map<ImportEntity, RowStatuses> written = new EnumMap<>(ImportEntity.class);
        private final List<Rejection> shown = new ArrayList<>();
        private final FirmProfileDeltas newPatents = new FirmProfileDeltas();
        private final Set<String> firmsOfChangedPatents = new HashSet<>();
        private List<String> header;
        private ColumnMapping mapping;
        private long rowsRead;
        private long rowsWritten;
        private long rejected;
        private final ExecutorService writing = Executors.newFixedThreadPool(CONCURRENT_BATCHES, r -> {
            Thread t = new Thread(r, "import-batch-writer");
            t.setDaemon(true);
            return t;
        });
        private final Deque<InFlight> inFlight = new ArrayDeque<>();
        /** Applicants this import has committed (see ImportWriter#mergeTargets); guarded by itself. */
        private final Set<String> knownTargets = new HashSet<>();

        Pass(RowParser parser, ImportOptions options, ImportProgress progress, java.nio.file.Path rejectFile,
             boolean write) {
            this.parser = parser;
            this.options = options;
            this.progress = progress;
            this.rejects = new RejectFile(write ? options.rejectFile() : rejectFile);
            this.write = write;
        }

        void readAll(SourceFile file) {
            try (rejects) {
                try {
                    file.read(this);
                    endOfFile(parser.endOfFile());
                    if (write) {
                        pending.keySet().forEach(this::flush);
                    }
                } finally {
                    try {
                        awaitBatches(0);
                    } finally {
                        writing.shutdown();
                    }
                }
                progress.advanced(rowsRead, rowsWritten);
            }
        }

        @Override
        public void header(List<String> names) {
            header = names;
            mapping = new ColumnMapping(names, parser.columns(), options.mapping());
            parser.check(mapping);
        }

        @Override
        public void row(SourceRow row) {
            rowsRead++;
            List<ImportedRow> rows;
            try {
                rows = parser.parse(new RowValues(row, mapping));
                for (ImportedRow r : rows) {
                    Long earlier = lineByKey.putIfAbsent(r.entity() + ":" + r.key(), row.line());
                    if (earlier != null) {
                        throw new RowRejected(null, "repeats the key " + r.key() + " of line " + earlier);
                    }
                }
            } catch (RowRejected e) {
                reject(new Rejection(row.line(), e.column(), e.reason()), row);
                return;
            }
            if (write) {
                rows.forEach(this::queue);
            } else if (rowsRead % batchSize == 0) {
                progress.advanced(rowsRead, rowsWritten);
            }
        }

        /** The rows only the whole file makes (attendance per event), and the rows it held back after all. */
        private void endOfFile(FileTotals totals) {
            totals.heldBack().forEach(held -> reject(held.rejection(), held.row()));
            if (write) {
                totals.rows().forEach(this::queue);
            }
        }

        private void queue(ImportedRow r) {
            List<ImportRow> batch = pending.computeIfAbsent(r.entity(), e -> new ArrayList<>());
            batch.add(r.row());
            if (batch.size() >= batchSize) {
                flush(r.entity());
            }
        }

        /**
         * Hands the batch to a writing thread and goes on reading: the next batch is parsed while the engine
         * writes this one. Batches of an entity whose rows do not link to each other are written up to
         * {@value #CONCURRENT_BATCHES} at a time, each in its own transaction (the engine writes a transaction on
         * one thread); Applicants they need are merged first, one short transaction at a time, so the two never
         * wait on each other's uniqueness locks. Other entities (IPC classes link to their parents) are written
         * one batch at a time, in order.
         */
        private void flush(ImportEntity entity) {
            List<ImportRow> batch = pending.get(entity);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            pending.put(entity, new ArrayList<>());
            boolean concurrent = ImportWriter.concurrentBatches(entity);
            awaitBatches(concurrent ? CONCURRENT_BATCHES - 1 : 0);
            Future<ImportWriter.Written> written = writing.submit(() -> {
                if (!concurrent) {
                    return writer.writeBatch(entity, batch, true);
                }
                synchronized (knownTargets) {
                    knownTargets.addAll(writer.mergeTargets(entity, batch, knownTargets));
                }
                return writer.writeBatch(entity, batch, false);
            });
            inFlight.add(new InFlight(entity, batch.size(), written));
        }

        /** Waits until at most {@code left} batches are being written; a batch's failure is this import's. */
        private void awaitBatches(int left) {
            while (inFlight.size() > left) {
                InFlight batch = inFlight.poll();
                ImportWriter.Written result;
                try {
                    result = batch.written().get();
                } catch (ExecutionException e) {
                    inFlight.forEach(other -> awaitQuietly(other.written()));
                    inFlight.clear();
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing a batch", e);
                }
                written.merge(batch.entity(), result.statuses(), RowStatuses::plus);
                if (batch.entity() == ImportEntity.PATENTS) {
                    result.created().forEach(newPatents::created);
                    result.updated().forEach(row -> row.links().stream()
                            .filter(l -> l.target() == LinkTarget.ENTERPRISE_APPLICANT)
                            .forEach(l -> firmsOfChangedPatents.add(l.to())));
                }
                rowsWritten += batch.rows();
                progress.advanced(rowsRead, rowsWritten);
            }
        }

        /** A batch still being written when another failed: it commits or fails on its own; the import has failed. */
        private static void awaitQuietly(Future<?> batch) {
            try {
                batch.get();
            } catch (ExecutionException e) {
                // the first failure is the one reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void reject(Rejection rejection, SourceRow row) {
            rejected++;
            if (shown.size() < ImportReport.SHOWN_REJECTIONS) {
                shown.add(rejection);
            }
            rejects.add(rejection, header, row.cells());
        }
    }
}
