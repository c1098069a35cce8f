package cn.ipbridge.api.matching;

import java.util.List;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.organisation.Funder;
import cn.ipbridge.api.organisation.Institution;
import cn.ipbridge.api.patent.Patent;

/** What matchmaking queries read: a firm's facts and fields, and the rows of each kind of candidate. */
final class Candidates {

    private Candidates() {
    }

    /** A firm's facts, which carry the IPC fields of its patents (main classes). */
    record Firm(EnterpriseFacts facts) {

        List<IpcField> fields() {
            return facts.fields();
        }
    }

    record InstitutionRow(Institution institution, List<IpcField> specialities, boolean serves, long servedCount) {
    }

    record FunderRow(Funder funder, String industry, boolean prefers, List<String> deals) {
    }

    record PatentRow(Patent patent, cn.ipbridge.api.valuation.PatentIndicators indicators, IpcField field,
                     String ownerLabel, String owner) {
    }

    record ExpertRow(String id, String name, String organisation, String field, List<IpcField> specialities) {
    }

    record OfficerRow(String id, String name, boolean assigned, int visits, boolean sameDistrict, int load) {
    }

    record FirmRow(Enterprise enterprise, EnterpriseFacts facts, boolean served) {
    }

    record PledgeRow(Patent patent, cn.ipbridge.api.valuation.PatentIndicators indicators, Enterprise enterprise,
                     boolean preferredIndustry, List<String> deals) {

        /** The firm's granted inventions, from its derived profile. */
        int grantedInventions() {
            return enterprise.grantedInventionCount() == null ? 0 : enterprise.grantedInventionCount();
        }
    }
}
