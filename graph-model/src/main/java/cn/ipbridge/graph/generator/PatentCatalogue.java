package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Patent;

/**
 * Every generated patent, never all in memory at once: a holder's portfolio is generated when it is needed, the
 * same every time, from the holder's and the patents' own streams. Iterating {@link #all()} holds one portfolio at
 * a time plus the {@link CitationIndex}, which is built once, from skeletons only, on first use.
 */
final class PatentCatalogue {

    private final Holders holders;
    private final PortfolioPlanner planner;
    private final PatentFactory factory;
    private final Randomness randomness;
    private CitationIndex citations;

    PatentCatalogue(Holders holders, PortfolioPlanner planner, PatentFactory factory, Randomness randomness) {
        if (holders.totalPatents() >= PatentNumbers.MAX_PATENTS) {
            throw new IllegalArgumentException("at most " + PatentNumbers.MAX_PATENTS + " patents can be generated");
        }
        this.holders = holders;
        this.planner = planner;
        this.factory = factory;
        this.randomness = randomness;
    }

    Holders holders() {
        return holders;
    }

    /** A holder's patents with their skeletons, without citations (which need the whole index). */
    List<PortfolioEntry> portfolio(Holder holder) {
        List<PatentSkeleton> skeletons = planner.plan(holder);
        List<PortfolioEntry> patents = new ArrayList<>(skeletons.size());
        for (PatentSkeleton skeleton : skeletons) {
            patents.add(new PortfolioEntry(skeleton, factory.dress(skeleton, holder)));
        }
        return patents;
    }

    /** A patent of a portfolio and the skeleton it was made from (which knows its ordinal and industry). */
    record PortfolioEntry(PatentSkeleton skeleton, Patent patent) {
    }

    /** Every patent with its citations, holder by holder, firms first. */
    Iterable<Patent> all() {
        CitationIndex index = citations();
        return () -> holders.all().stream()
                .flatMap(holder -> planner.plan(holder).stream().map(skeleton -> PatentFactory.withCites(
                        factory.dress(skeleton, holder),
                        index.citesFor(skeleton.ordinal(), skeleton.type(),
                                randomness.of(Part.CITATIONS, skeleton.ordinal())))))
                .iterator();
    }

    private synchronized CitationIndex citations() {
        if (citations == null) {
            citations = CitationIndex.of(holders.totalPatents(),
                    () -> holders.all().stream().flatMap(h -> planner.plan(h).stream()).iterator());
        }
        return citations;
    }
}
