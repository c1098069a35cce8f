package cn.ipbridge.api.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Neo4jSettings;
import cn.ipbridge.api.system.Upload;
import cn.ipbridge.graph.importing.ImportFileException;
import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportOptions;
import cn.ipbridge.graph.importing.ImportReport;
import cn.ipbridge.graph.importing.ImportRun;
import cn.ipbridge.graph.importing.SourceFile;
import cn.ipbridge.graph.importing.UserMapping;

/**
 * Runs uploaded files through graph-model's importer on one background thread, so imports never write at the
 * same time, and keeps the newest {@link #KEPT} jobs for {@code importJob}. The {@code Import} node a job writes
 * has the job's id, so another instance behind the same load balancer can answer for it from the graph. Arguments
 * are checked before a job is queued (a bad one is a GraphQL error naming it); problems found while reading make the
 * job FAILED.
 */
@Service
class ImportJobs implements DisposableBean {

    static final int KEPT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportRun importer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-jobs");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEPT;
        }
    };

    ImportJobs(Driver driver, Neo4jSettings settings) {
        this.importer = new ImportRun(driver, settings.database());
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
        Upload file = upload.claim();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), kind, upload.fileName());
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        worker.execute(() -> run(job, file, sheet, options));
        return job;
    }

    Optional<ImportJob> get(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void run(ImportJob job, Upload file, String sheet, ImportOptions options) {
        job.running();
        try {
            ImportReport report = importer.run(new SourceFile(file.path(), sheet), options, job, job.id());
            job.finished(JobReport.of(report), "REJECTED".equals(report.state())
                    ? "strict import: " + report.rejected() + " rows invalid, nothing written; first: "
                    + report.rejections().get(0) : null);
        } catch (ImportFileException e) {
            job.finished(null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Import job {} of {} failed", job.id(), job.fileName(), e);
            job.finished(null, "the import failed: " + e.getMessage());
        } finally {
            file.delete();
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
