package cn.ipbridge.api.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.api.system.Upload;
import cn.ipbridge.graph.importing.ImportFileException;
import cn.ipbridge.graph.importing.ImportJobProgress;
import cn.ipbridge.graph.importing.ImportJobRecord;
import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportOptions;
import cn.ipbridge.graph.importing.ImportReport;
import cn.ipbridge.graph.importing.ImportRun;
import cn.ipbridge.graph.importing.SourceFile;
import cn.ipbridge.graph.importing.UserMapping;

/**
 * Runs uploaded files through graph-model's importer on one background thread of this instance, which holds the
 * files, so its imports never write at the same time. A job's state lives only in the graph, in its
 * {@code ImportJob} node ({@link ImportJobRecord}): written when it is queued, as it runs and when it ends, so every
 * instance answers {@code importJob} alike. This instance keeps just its queue, and every {@link #HEARTBEAT} stamps
 * its queued and running jobs as alive. Arguments are checked before a job is queued (a bad one is a GraphQL error
 * naming it); problems found while reading make the job FAILED.
 */
@Service
class ImportJobs implements DisposableBean {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportRun importer;
    private final ImportJobRecord records;
    private final String instance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "import-jobs"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "import-jobs-heartbeat"));
    /** This instance's jobs not yet ended: the ones it vouches for. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Autowired
    ImportJobs(Driver driver, Neo4jSettings settings) {
        this(new ImportRun(driver, settings.database()), new ImportJobRecord(driver, settings.database()),
                InstanceName.ofThisProcess());
    }

    /** An instance named {@code instance} running jobs through {@code importer}. */
    ImportJobs(ImportRun importer, ImportJobRecord records, String instance) {
        this.importer = importer;
        this.records = records;
        this.instance = instance;
        heartbeat.scheduleWithFixedDelay(this::stampHeldJobs, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
                TimeUnit.SECONDS);
    }

    ImportJob start(Upload upload, ImportKind kind, boolean strict, boolean dryRun, String mapping, String by,
                    String sheet) {
        String name = upload.fileName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt") || name.endsWith(".tab")
                || name.endsWith(".xlsx") || name.endsWith(".xlsm"))) {
            throw new BadArgumentException("file", "'" + upload.fileName()
                    + "' is not a file the importer reads: .csv, .tsv, .txt or .xlsx");
        }
        UserMapping userMapping;
        try {
            userMapping = UserMapping.parse(mapping, "mapping");
        } catch (ImportFileException e) {
            throw new BadArgumentException("mapping", e.getMessage());
        }
        ImportOptions options = new ImportOptions(kind, userMapping, strict, dryRun,
                by == null || by.isBlank() ? "graphql" : by.strip(), null);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        records.queued(id, kind, upload.fileName(), options.by(), instance, now);
        ImportJob job = ImportJob.queued(id, kind, upload.fileName(), options.by(), instance, now);
        Upload file = upload.claim();
        held.add(job.id());
        worker.execute(() -> run(job.id(), file, sheet, options));
        return job;
    }

    private void run(String id, Upload file, String sheet, ImportOptions options) {
        ImportJobProgress progress = new ImportJobProgress(records, id);
        ImportReport report;
        try {
            records.running(id);
            report = importer.run(new SourceFile(file.path(), sheet), options, progress, id);
        } catch (ImportFileException e) {
            ended(id, () -> records.failed(id, e.getMessage(), progress.rowsRead(), progress.rowsWritten()));
            return;
        } catch (RuntimeException e) {
            LOG.error("Import job {} of {} failed", id, file.fileName(), e);
            ended(id, () -> records.failed(id, "the import failed: " + e.getMessage(), progress.rowsRead(),
                    progress.rowsWritten()));
            return;
        } finally {
            held.remove(id);
            file.delete();
        }
        ended(id, () -> records.finished(id, report, "REJECTED".equals(report.state())
                ? "strict import: " + report.rejected() + " rows invalid, nothing written; first: "
                + report.rejections().get(0) : null));
    }

    /** Records the job's end; if the graph cannot be written, the job stays as last written (see updatedAt). */
    private static void ended(String id, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.error("Could not record the end of import job {}", id, e);
        }
    }

    private void stampHeldJobs() {
        try {
            records.touch(Set.copyOf(held));
        } catch (RuntimeException e) {
            LOG.warn("Could not mark this instance's import jobs as alive: {}", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        worker.shutdownNow();
    }
}
