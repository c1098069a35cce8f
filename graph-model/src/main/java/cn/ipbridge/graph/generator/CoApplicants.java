package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.PatentApplicant;

/** Second applicants of joint filings between firms and universities, matched by industry. */
final class CoApplicants {

    private final FirmDirectory firms;

    CoApplicants(FirmDirectory firms) {
        this.firms = firms;
    }

    /** A firm of the industry as second applicant, or null if the industry has no firm. */
    PatentApplicant firm(RandomGenerator random, String industryCode) {
        Firm firm = firms.anyInIndustry(random, industryCode);
        return firm == null ? null : new PatentApplicant(ApplicantKind.ENTERPRISE, firm.uscc(), 2);
    }

    /** A university that works in the industry as second applicant, or null if none does. */
    PatentApplicant university(RandomGenerator random, String industryCode) {
        List<PatentOwningUniversity> matching = PatentOwningUniversity.ALL.stream()
                .filter(u -> u.industries().contains(industryCode)).toList();
        if (matching.isEmpty()) {
            return null;
        }
        PatentOwningUniversity university = Weighted.of(matching, PatentOwningUniversity::weight).pick(random);
        return new PatentApplicant(ApplicantKind.UNIVERSITY, university.name(), 2);
    }
}
