package cn.ipbridge.api.matching;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import cn.ipbridge.api.explore.NodeId;
import cn.ipbridge.api.explore.Subgraph;
import cn.ipbridge.api.matching.Candidates.PledgeRow;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.valuation.PatentValuation;
import cn.ipbridge.api.valuation.Score;

/**
 * Ranks IP-pledge candidates for a funder: patent value, remaining term (collateral that outlives the loan),
 * the firm in a preferred industry, and the firm's estimated ticket within the funder's range.
 */
@Service
class PledgeMatchmaker {

    private final PledgeQueries queries;
    private final MatchingSettings settings;
    private final PatentValuation valuation;

    PledgeMatchmaker(PledgeQueries queries, MatchingSettings settings, PatentValuation valuation) {
        this.queries = queries;
        this.settings = settings;
        this.valuation = valuation;
    }

    /** The best {@code first}; their patents carry the properties behind {@code patentFields} (and a title). */
    List<Match<PledgeCandidate>> candidates(String funder, int first, Collection<String> patentFields) {
        var found = queries.candidates(funder, Math.max(first, settings.candidateLimit()), patentFields);
        return Match.best(found.rows().stream().map(r -> match(found.funder(), r))
                .filter(m -> m.candidate().remainingYears() > 0).toList(), first);
    }

    private Match.Scored<PledgeCandidate> match(Funder f, PledgeRow r) {
        MatchingSettings.Pledge w = settings.pledge();
        var value = valuation.value(r.indicators());
        int ticket = r.grantedInventions() * settings.loanPerPatent();
        int term = r.indicators().termYears();
        String industry = r.enterprise().industry() == null ? null : r.enterprise().industry().name();
        Score score = new Score()
                .add("value", w.value(), value.score(), String.format(Locale.ROOT, "value score %.2f", value.score()))
                .add("remainingTerm", w.remainingTerm(), value.remainingYears() / term,
                        String.format(Locale.ROOT, "%.1f of %d years left", value.remainingYears(), term))
                .add("industry", w.industry(), r.preferredIndustry() ? 1 : 0,
                        (r.preferredIndustry() ? "prefers " : "does not name ") + industry)
                .add("ticket", w.ticket(), EnterpriseMatchmaker.ticketFit(ticket, f.ticketMin(), f.ticketMax()),
                        "estimated ticket " + ticket + " (10,000 yuan) against " + f.ticketMin() + "-" + f.ticketMax());
        return Match.of(new PledgeCandidate(r.patent(), r.enterprise(), value.score(), value.remainingYears()),
                score, () -> explanation(f, r, industry));
    }

    private static Subgraph explanation(Funder f, PledgeRow r, String industry) {
        NodeId funder = NodeId.of("Funder", f.name());
        NodeId firm = NodeId.of("Enterprise", r.enterprise().uscc());
        NodeId patent = NodeId.of("Patent", r.patent().applicationNumber());
        Subgraph.Builder graph = new Subgraph.Builder().node(funder, f.name()).node(firm, r.enterprise().name())
                .node(patent, r.patent().title()).edge(patent, "APPLIED_BY", firm);
        if (r.preferredIndustry()) {
            NodeId industryId = NodeId.of("Industry", r.enterprise().industry().code());
            graph.node(industryId, industry).edge(firm, "IN_INDUSTRY", industryId).edge(funder, "PREFERS", industryId);
        }
        r.deals().forEach(d -> {
            NodeId deal = NodeId.of("FinancingDeal", d);
            graph.node(deal, d).edge(funder, "PROVIDED", deal).edge(deal, "TO", firm);
        });
        return graph.build();
    }
}
