package cn.ipbridge.api.matching;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import cn.ipbridge.api.explore.NodeId;
import cn.ipbridge.api.explore.Subgraph;
import cn.ipbridge.api.matching.Candidates.ExpertRow;
import cn.ipbridge.api.matching.Candidates.Firm;
import cn.ipbridge.api.matching.Candidates.FunderRow;
import cn.ipbridge.api.matching.Candidates.OfficerRow;
import cn.ipbridge.api.matching.Candidates.PatentRow;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.api.valuation.PatentValuation;
import cn.ipbridge.api.valuation.Score;

/** Scores the candidates for one firm; the formulas are in the README table "Matchmaking and exploration". */
@Service
class EnterpriseMatchmaker {

    private final EnterpriseMatchQueries queries;
    private final MatchingSettings settings;
    private final PatentValuation valuation;
    private final IpcProximity proximity;

    EnterpriseMatchmaker(EnterpriseMatchQueries queries, MatchingSettings settings, PatentValuation valuation) {
        this.queries = queries;
        this.settings = settings;
        this.valuation = valuation;
        this.proximity = new IpcProximity(settings.ipc());
    }

    /** Technology, needs addressed, same district, spare capacity. Firms it serves already only when asked. */
    List<Match<Institution>> institutions(String uscc, int first, boolean includeServing) {
        var found = queries.institutions(uscc);
        Firm firm = found.firm();
        return Match.best(found.rows().stream().filter(r -> includeServing || !r.serves()).map(r -> {
            Institution i = r.institution();
            InstitutionFit fit = InstitutionFit.of(proximity, settings, firm, i, r.specialities(), r.serves());
            Integer capacity = i.yearlyCapacity();
            double spare = capacity == null || capacity == 0 ? 0.5 : 1 - (double) r.servedCount() / capacity;
            Score score = fit.score().add("capacity", settings.institution().capacity(), spare,
                    r.servedCount() + " firms served of capacity " + capacity);
            return Match.of(i, score, () -> fit.explanation().get().build());
        }).toList(), first);
    }

    /** Preferred industry, collateral (granted inventions), ticket size, earlier deals with the firm. */
    List<Match<Funder>> funders(String uscc, int first) {
        var found = queries.funders(uscc);
        EnterpriseFacts facts = found.firm().facts();
        MatchingSettings.Funder w = settings.funder();
        int ticket = facts.grantedInventions() * settings.loanPerPatent();
        return Match.best(found.rows().stream().map((FunderRow r) -> {
            Funder f = r.funder();
            Score score = new Score()
                    .add("industry", w.industry(), r.prefers() ? 1 : 0,
                            (r.prefers() ? "prefers " : "does not name ") + r.industry())
                    .add("collateral", w.collateral(), facts.grantedInventions() / 3.0,
                            facts.grantedInventions() + " granted invention patents to pledge")
                    .add("ticket", w.ticket(), ticketFit(ticket, f.ticketMin(), f.ticketMax()),
                            "estimated ticket " + ticket + " (10,000 yuan) against " + f.ticketMin() + "-" + f.ticketMax())
                    .add("relationship", w.relationship(), r.deals().isEmpty() ? 0 : 1,
                            r.deals().size() + " earlier deals with the firm");
            return Match.of(f, score, () -> funderExplanation(uscc, facts, r));
        }).toList(), first);
    }

    private static Subgraph funderExplanation(String uscc, EnterpriseFacts facts, FunderRow r) {
        NodeId firmId = NodeId.of("Enterprise", uscc);
        NodeId party = NodeId.of("Funder", r.funder().name());
        Subgraph.Builder graph = new Subgraph.Builder().node(firmId, facts.name()).node(party, r.funder().name());
        if (r.prefers()) {
            NodeId industry = NodeId.of("Industry", facts.industryCode());
            graph.node(industry, r.industry()).edge(firmId, "IN_INDUSTRY", industry).edge(party, "PREFERS", industry);
        }
        r.deals().forEach(d -> {
            NodeId deal = NodeId.of("FinancingDeal", d);
            graph.node(deal, d).edge(party, "PROVIDED", deal).edge(deal, "TO", firmId);
        });
        return graph.build();
    }

    /** Technology closeness (at least the configured minimum), patent value, open licence. */
    List<Match<PatentRow>> patents(String uscc, int first) {
        var found = queries.patents(uscc, Math.max(first, settings.candidateLimit()));
        Firm firm = found.firm();
        MatchingSettings.Patent w = settings.patent();
        IpcProximity.Reach firmFields = IpcProximity.reach(firm.fields());
        return Match.best(found.rows().stream().map((PatentRow r) -> {
            TechnologyFit tech = TechnologyFit.of(proximity, List.of(r.field()), firmFields);
            var value = valuation.value(r.indicators());
            Score score = new Score().add("technology", w.technology(), tech.value(), tech.detail())
                    .add("value", w.value(), value.score(),
                            String.format(Locale.ROOT, "value score %.2f", value.score()))
                    .add("openLicence", w.openLicence(), r.patent().openLicence() ? 1 : 0,
                            r.patent().openLicence() ? "offered under open licence" : "no open licence");
            return tech.value() < w.minTechnology() ? null
                    : Match.of(r, score, () -> patentExplanation(uscc, firm, r, tech));
        }).filter(java.util.Objects::nonNull).toList(), first);
    }

    private static Subgraph patentExplanation(String uscc, Firm firm, PatentRow r, TechnologyFit tech) {
        NodeId firmId = NodeId.of("Enterprise", uscc);
        NodeId patent = NodeId.of("Patent", r.patent().applicationNumber());
        NodeId owner = NodeId.of(r.ownerLabel(), r.owner());
        Subgraph.Builder graph = new Subgraph.Builder().node(firmId, firm.facts().name())
                .node(patent, r.patent().title()).node(owner, r.owner()).edge(patent, "APPLIED_BY", owner);
        // The offered patent plays the firm's part in the drawing: patent -> class -> ... <- firm's class.
        tech.pairs().stream().limit(1).forEach(p -> explainOffered(graph, p, patent, firmId));
        return graph.build();
    }

    private static void explainOffered(Subgraph.Builder graph, IpcProximity.Pair pair, NodeId patent, NodeId firm) {
        TechnologyFit single = new TechnologyFit(pair.shared().closeness(),
                List.of(new IpcProximity.Pair(pair.other(), pair.own(), pair.shared())));
        single.explain(graph, firm, patent, "CLASSIFIED_AS", 1);
    }

    List<Match<ExpertRow>> experts(String uscc, int first) {
        var found = queries.experts(uscc);
        Firm firm = found.firm();
        return Match.best(found.rows().stream().map((ExpertRow r) -> {
            TechnologyFit tech = TechnologyFit.of(proximity, firm.fields(), r.specialities());
            return Match.of(r, new Score().add("technology", 1, tech.value(), tech.detail()), () -> {
                NodeId firmId = NodeId.of("Enterprise", uscc);
                NodeId party = NodeId.of("Expert", r.id());
                Subgraph.Builder graph = new Subgraph.Builder().node(firmId, firm.facts().name()).node(party, r.name());
                tech.explain(graph, firmId, party, "SPECIALIZES_IN", 2);
                return graph.build();
            });
        }).toList(), first);
    }

    /** Assigned to the firm, has visited it, same district, light load (1 / (1 + assigned firms / 20)). */
    List<Match<OfficerRow>> officers(String uscc, int first) {
        var found = queries.officers(uscc);
        MatchingSettings.Officer w = settings.officer();
        return Match.best(found.rows().stream().map((OfficerRow r) -> {
            Score score = new Score().add("assigned", w.assigned(), r.assigned() ? 1 : 0, r.assigned() ? "assigned" : "not assigned")
                    .add("visited", w.visited(), Math.min(1, r.visits() / 2.0), r.visits() + " visits")
                    .add("district", w.district(), r.sameDistrict() ? 1 : 0, r.sameDistrict() ? "same district" : "another district")
                    .add("load", w.load(), 1 / (1 + r.load() / 20.0), r.load() + " firms assigned");
            return Match.of(r, score, () -> {
                NodeId firmId = NodeId.of("Enterprise", uscc);
                NodeId party = NodeId.of("Officer", r.id());
                Subgraph.Builder graph = new Subgraph.Builder().node(firmId, found.firm().facts().name())
                        .node(party, r.name());
                if (r.assigned()) {
                    graph.edge(party, "ASSIGNED_TO", firmId);
                }
                return graph.build();
            });
        }).toList(), first);
    }

    static double ticketFit(int ticket, Integer min, Integer max) {
        if (ticket <= 0) {
            return 0;
        }
        if ((min == null || ticket >= min) && (max == null || ticket <= max)) {
            return 1;
        }
        return min != null && ticket < min ? (double) ticket / min : (double) max / ticket;
    }
}
