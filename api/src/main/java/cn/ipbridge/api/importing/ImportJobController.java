package cn.ipbridge.api.importing;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import cn.ipbridge.api.system.BoundedArgument;
import cn.ipbridge.api.system.Connection;
import cn.ipbridge.api.system.Page;
import cn.ipbridge.api.system.Upload;
import cn.ipbridge.graph.importing.ImportKind;
import cn.ipbridge.graph.importing.ImportReport;
import cn.ipbridge.graph.importing.Rejection;

/** Resolves {@code startImport}, {@code importJob}, {@code imports} and {@code ImportReport.rejections}. */
@Controller
class ImportJobController {

    private final ImportJobs jobs;
    private final ImportQueries queries;

    ImportJobController(ImportJobs jobs, ImportQueries queries) {
        this.jobs = jobs;
        this.queries = queries;
    }

    @MutationMapping
    ImportJob startImport(@Argument Upload file, @Argument ImportKind kind, @Argument boolean strict,
                          @Argument boolean dryRun, @Argument String mapping, @Argument String by,
                          @Argument String sheet) {
        return jobs.start(file, kind, strict, dryRun, mapping, by, sheet);
    }

    /** From the graph alone, so every instance answers alike; a job no longer kept, from its Import node. */
    @QueryMapping
    ImportJob importJob(@Argument String id) {
        return queries.job(id).or(() -> queries.byId(id).map(ImportJob::recorded)).orElse(null);
    }

    @QueryMapping
    Connection<RecordedImport> imports(@Argument Integer first, @Argument String after) {
        return queries.imports(Page.of(first, after));
    }

    @SchemaMapping(typeName = "ImportReport")
    List<Rejection> rejections(JobReport report, @Argument Integer first) {
        int n = BoundedArgument.of("first", first, 20, 0, ImportReport.SHOWN_REJECTIONS);
        return report.rejections().stream().limit(n).toList();
    }
}
