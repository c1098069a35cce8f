package cn.ipbridge.api.matching;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.enterprise.EnterpriseFilter;
import cn.ipbridge.api.enterprise.EnterpriseFilterConditions;

/**
 * Ranks candidate firms for an institution by the same fit a firm sees from its side ({@link InstitutionFit}):
 * technology against the institution's specialities, needs its services address, same district.
 */
@Service
class InstitutionMatchmaker {

    private final InstitutionMatchQueries queries;
    private final MatchingSettings settings;
    private final IpcProximity proximity;

    InstitutionMatchmaker(InstitutionMatchQueries queries, MatchingSettings settings) {
        this.queries = queries;
        this.settings = settings;
        this.proximity = new IpcProximity(settings.ipc());
    }

    /** The best {@code first} firms, each read with the {@code candidateFields} the request selects. */
    List<Match<Enterprise>> firms(String institution, EnterpriseFilter filter, boolean includeServed, int first,
                                  Collection<String> candidateFields) {
        var found = queries.firms(institution, EnterpriseFilterConditions.of(filter), includeServed,
                Math.max(first, settings.candidateLimit()), candidateFields);
        return Match.best(found.rows().stream().map(r -> {
            InstitutionFit fit = InstitutionFit.of(proximity, settings, new Candidates.Firm(r.facts()),
                    found.institution(), found.specialities(), r.served());
            return Match.of(r.enterprise(), fit.score(), () -> fit.explanation().get().build());
        }).toList(), first);
    }
}
