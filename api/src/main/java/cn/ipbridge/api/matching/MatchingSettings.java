package cn.ipbridge.api.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Weights and thresholds of matchmaking ({@code ipbridge.matching.*}); the README lists each with its environment
 * variable. Weights of one score are relative: they need not sum to 1.
 *
 * @param ipc         closeness of two IPC codes by the level of their deepest shared ancestor
 * @param institution enterprise-institution fit
 * @param funder      enterprise-funder fit
 * @param patent      enterprise-patent (acquisition or licence) fit
 * @param officer     enterprise-officer fit
 * @param pledge      funder-pledge candidate fit
 * @param lapsedPatents    lapsed patents from which a firm "has many lapsed patents"
 * @param loanPerPatent    pledge loan one granted invention supports, in 10,000 yuan, to estimate a ticket
 * @param candidateLimit   most candidates a matchmaking query reads and scores (ranked in Cypher first); at least
 *                         the {@code first} asked
 */
@ConfigurationProperties("ipbridge.matching")
public record MatchingSettings(Ipc ipc, Institution institution, Funder funder, Patent patent, Officer officer,
                               Pledge pledge,
                               Integer lapsedPatents, Integer loanPerPatent, Integer candidateLimit) {

    public record Ipc(Double subgroup, Double mainGroup, Double subclass, Double ipcClass, Double section) {
        public Ipc {
            subgroup = or(subgroup, 1.0);
            mainGroup = or(mainGroup, 0.8);
            subclass = or(subclass, 0.6);
            ipcClass = or(ipcClass, 0.4);
            section = or(section, 0.2);
            if (!(subgroup >= mainGroup && mainGroup >= subclass && subclass >= ipcClass && ipcClass >= section)) {
                throw new IllegalArgumentException(("ipbridge.matching.ipc: a shared ancestor higher up cannot make "
                        + "two codes closer, so the weights must not grow from subgroup to section; they are "
                        + "subgroup %s, main-group %s, subclass %s, ipc-class %s, section %s")
                        .formatted(subgroup, mainGroup, subclass, ipcClass, section));
            }
        }
    }

    public record Institution(Double technology, Double needs, Double district, Double capacity) {
        public Institution {
            technology = or(technology, 0.5);
            needs = or(needs, 0.3);
            district = or(district, 0.1);
            capacity = or(capacity, 0.1);
        }
    }

    public record Funder(Double industry, Double collateral, Double ticket, Double relationship) {
        public Funder {
            industry = or(industry, 0.4);
            collateral = or(collateral, 0.3);
            ticket = or(ticket, 0.2);
            relationship = or(relationship, 0.1);
        }
    }

    /** @param minTechnology least technology closeness for a patent to be offered (0.6: same subclass) */
    public record Patent(Double technology, Double value, Double openLicence, Double minTechnology) {
        public Patent {
            technology = or(technology, 0.6);
            value = or(value, 0.3);
            openLicence = or(openLicence, 0.1);
            minTechnology = or(minTechnology, 0.6);
        }
    }

    public record Officer(Double assigned, Double visited, Double district, Double load) {
        public Officer {
            assigned = or(assigned, 0.5);
            visited = or(visited, 0.2);
            district = or(district, 0.2);
            load = or(load, 0.1);
        }
    }

    public record Pledge(Double value, Double remainingTerm, Double industry, Double ticket) {
        public Pledge {
            value = or(value, 0.4);
            remainingTerm = or(remainingTerm, 0.3);
            industry = or(industry, 0.2);
            ticket = or(ticket, 0.1);
        }
    }

    public MatchingSettings {
        ipc = ipc == null ? new Ipc(null, null, null, null, null) : ipc;
        institution = institution == null ? new Institution(null, null, null, null) : institution;
        funder = funder == null ? new Funder(null, null, null, null) : funder;
        patent = patent == null ? new Patent(null, null, null, null) : patent;
        officer = officer == null ? new Officer(null, null, null, null) : officer;
        pledge = pledge == null ? new Pledge(null, null, null, null) : pledge;
        lapsedPatents = lapsedPatents == null ? 3 : lapsedPatents;
        loanPerPatent = loanPerPatent == null ? 100 : loanPerPatent;
        candidateLimit = candidateLimit == null ? 50 : candidateLimit;
    }

    public static MatchingSettings defaults() {
        return new MatchingSettings(null, null, null, null, null, null, null, null, null);
    }

    private static Double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
