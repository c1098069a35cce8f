package cn.ipbridge.api.matching;

import java.util.List;
import java.util.function.Supplier;

import cn.ipbridge.api.explore.NodeId;
import cn.ipbridge.api.explore.Subgraph;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.api.valuation.Score;

/**
 * How well a firm and an institution fit, seen from either side (firm -> institutions, institution -> firms):
 * technology fit with the institution's specialities, share of the firm's needs it addresses, same district.
 * The explanation, drawn on demand, shows the IPC paths and an existing SERVES link.
 */
record InstitutionFit(Score score, Supplier<Subgraph.Builder> explanation) {

    static InstitutionFit of(IpcProximity proximity, MatchingSettings settings, Candidates.Firm firm,
                             Institution institution, List<IpcField> specialities, boolean serves) {
        EnterpriseFacts facts = firm.facts();
        List<Need> needs = facts.needs(settings.lapsedPatents());
        MatchingSettings.Institution w = settings.institution();
        TechnologyFit tech = TechnologyFit.of(proximity, firm.fields(), specialities);
        List<Need> met = needs.stream()
                .filter(n -> n.kind().addressedBy(institution.types(), institution.services())).toList();
        boolean sameDistrict = institution.district() != null
                && institution.district().adcode().equals(facts.districtAdcode());
        Score score = new Score().add("technology", w.technology(), tech.value(), tech.detail())
                .add("needs", w.needs(), needs.isEmpty() ? 0 : (double) met.size() / needs.size(),
                        "addresses " + kinds(met) + " of " + kinds(needs))
                .add("district", w.district(), sameDistrict ? 1 : 0, sameDistrict ? "same district" : "another district");
        return new InstitutionFit(score, () -> {
            NodeId firmId = NodeId.of("Enterprise", facts.uscc());
            NodeId party = NodeId.of("Institution", institution.name());
            Subgraph.Builder graph = new Subgraph.Builder().node(firmId, facts.name()).node(party, institution.name());
            tech.explain(graph, firmId, party, "SPECIALIZES_IN", 2);
            if (serves) {
                graph.edge(party, "SERVES", firmId);
            }
            return graph;
        });
    }

    private static List<String> kinds(List<Need> needs) {
        return needs.stream().map(n -> n.kind().name()).toList();
    }
}
