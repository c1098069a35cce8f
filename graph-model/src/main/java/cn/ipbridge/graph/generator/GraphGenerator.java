package cn.ipbridge.graph.generator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import cn.ipbridge.graph.taxonomy.IpcScheme;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteCounts;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Generates a realistic, deterministic Shanghai SRDI graph: the same plan and seed give exactly the same records,
 * on any machine and day. Write the taxonomy (IPC, districts, industries) first; {@link #write} writes everything
 * else, in {@link GeneratedEntity} order, through the batched, idempotent write path, so writing twice changes
 * nothing.
 *
 * <pre>{@code
 * GenerationSummary summary = new GraphGenerator(DatasetSize.DEMO, 42).write(writer, WriteProgress.NONE);
 * }</pre>
 */
public final class GraphGenerator {

    private final GenerationPlan plan;
    private final long seed;
    private final IpcScheme scheme;

    public GraphGenerator(DatasetSize size, long seed) {
        this(size.plan(), seed);
    }

    public GraphGenerator(GenerationPlan plan, long seed) {
        this(plan, seed, IpcScheme.load());
    }

    /** With an IPC scheme already loaded, to save loading it again. */
    public GraphGenerator(GenerationPlan plan, long seed, IpcScheme scheme) {
        this.plan = plan;
        this.seed = seed;
        this.scheme = scheme;
    }

    /** The graph's records, generated as they are read. */
    public GeneratedGraph generate() {
        Randomness randomness = new Randomness(seed);
        FirmDirectory firms = new FirmDirectory(new EnterpriseFactory(randomness).create(plan.enterprises()));
        Holders holders = new Holders(firms.all(), plan.meanPatentsPerFirm(), randomness);
        IndustryFields fields = new IndustryFields(scheme);
        PortfolioPlanner planner = new PortfolioPlanner(randomness, fields, new CoApplicants(firms));
        PatentCatalogue patents = new PatentCatalogue(holders, planner, new PatentFactory(randomness, fields),
                randomness);
        return new GeneratedGraph(firms, patents, fields, randomness);
    }

    /** Generates and writes the graph; the taxonomy must be in the graph already. */
    public GenerationSummary write(GraphWriter writer, WriteProgress progress) {
        long started = System.nanoTime();
        GeneratedGraph graph = generate();
        Map<GeneratedEntity, GenerationSummary.EntityWrite> written = new EnumMap<>(GeneratedEntity.class);
        for (GeneratedEntity entity : GeneratedEntity.values()) {
            long from = System.nanoTime();
            WriteCounts counts = write(entity, graph, writer, progress);
            written.put(entity, new GenerationSummary.EntityWrite(counts, Duration.ofNanos(System.nanoTime() - from)));
        }
        return new GenerationSummary(written, Duration.ofNanos(System.nanoTime() - started));
    }

    private static WriteCounts write(GeneratedEntity entity, GeneratedGraph graph, GraphWriter writer,
                                     WriteProgress progress) {
        return switch (entity) {
            case INSTITUTIONS -> writer.organisations().institutions(graph.institutions(), progress);
            case UNIVERSITIES -> writer.organisations().universities(graph.universities(), progress);
            case FUNDERS -> writer.organisations().funders(graph.funders(), progress);
            case ENTERPRISES -> writer.enterprises().enterprises(graph.enterprises(), progress);
            case TRADEMARKS -> writer.enterprises().trademarks(graph.trademarks(), progress);
            case PATENTS -> writer.patents().patents(graph.patents(), progress);
            case FIRM_PROFILES -> writer.profiles().refreshAll(progress);
            case CITATIONS -> writer.patents().citations(graph.patents(), progress);
            case TRANSFERS -> writer.patents().transfers(graph.transfers(), progress);
            case SERVICE_LINKS -> writer.organisations().serviceLinks(graph.serviceLinks(), progress);
            case OFFICERS -> writer.operations().officers(graph.officers(), progress);
            case EXPERTS -> writer.operations().experts(graph.experts(), progress);
            case VISITS -> writer.operations().visits(graph.visits(), progress);
            case EVENTS -> writer.operations().events(graph.events(), progress);
            case FINANCING_DEALS -> writer.operations().deals(graph.deals(), progress);
            case SERVICE_CASES -> writer.operations().serviceCases(graph.serviceCases(), progress);
            case BEST_CASES -> writer.operations().bestCases(graph.bestCases(), progress);
            case NOTICES -> writer.operations().notices(graph.notices(), progress);
        };
    }
}
