package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.model.ServiceCase;
import cn.ipbridge.graph.model.ServiceCaseKind;

/**
 * Cases handled for firms in the operations year, about one per four firms (the first five cover every kind).
 * Kinds: fast pre-examination 25%, priority examination 20%, hotline consultation 20%, rights assistance 10%,
 * expert consultation 6%, patent navigation 5%, overseas dispute 4%, IP custody 4%, GB/T 29490 certification 3%,
 * pilot application 2%, pre-IPO service 1%. A priority examination is RECOMMENDED, then ACCEPTED or REJECTED. Firms are drawn little giants x4, municipal x2, innovative x1. Pre-examination and priority
 * examination go to a protection centre, rights assistance to the firm's district workstation (else a protection
 * centre), overseas disputes to an overseas-dispute centre, consultations to a TISC, university centre or outlet,
 * navigation, custody, certification and pilot applications to a patent agency, pre-IPO services to a pre-IPO
 * station.
 * A case takes days (pre-examination 5-30, consultation 1-14) to months (priority 60-300, rights 30-180, overseas
 * 60-365); one that would close after the reference date is still open.
 */
final class ServiceCases {

    private static final List<ServiceCaseKind> KINDS = List.of(ServiceCaseKind.values());
    private static final Weighted<ServiceCaseKind> MIX = Weighted.of(List.of(ServiceCaseKind.FAST_PRE_EXAMINATION,
                    ServiceCaseKind.PRIORITY_EXAMINATION, ServiceCaseKind.CONSULTATION,
                    ServiceCaseKind.RIGHTS_ASSISTANCE, ServiceCaseKind.EXPERT_CONSULTATION,
                    ServiceCaseKind.PATENT_NAVIGATION, ServiceCaseKind.OVERSEAS_DISPUTE, ServiceCaseKind.IP_CUSTODY,
                    ServiceCaseKind.GBT29490_CERTIFICATION, ServiceCaseKind.PILOT_APPLICATION,
                    ServiceCaseKind.PRE_IPO_SERVICE), 25, 20, 20, 10, 6, 5, 4, 4, 3, 2, 1);

    private final FirmDirectory firms;
    private final InstitutionCatalogue institutions;
    private final Randomness randomness;

    ServiceCases(FirmDirectory firms, InstitutionCatalogue institutions, Randomness randomness) {
        this.firms = firms;
        this.institutions = institutions;
        this.randomness = randomness;
    }

    List<ServiceCase> plan() {
        int count = Math.max(KINDS.size(), Math.round(firms.size() * 0.25f));
        Weighted<Firm> clients = Weighted.of(firms.all(), f -> FirmTraits.byLevel(f.level(), 4, 2, 1));
        return IntStream.range(0, count).mapToObj(i -> {
            SplittableRandom random = randomness.of(Part.SERVICE_CASES, i);
            ServiceCaseKind kind = i < KINDS.size() ? KINDS.get(i) : MIX.pick(random);
            Firm firm = clients.pick(random);
            LocalDate opened = OperationsYear.anyDay(random);
            LocalDate closes = opened.plusDays(duration(random, kind));
            boolean open = closes.isAfter(OperationsYear.REFERENCE_DATE);
            return new ServiceCase(SerialIds.of("SC", 6, i + 1), kind, firm.uscc(),
                    handler(random, kind, firm).name(), opened, open ? null : closes,
                    open ? (kind == ServiceCaseKind.PRIORITY_EXAMINATION ? "RECOMMENDED" : "办理中")
                            : outcome(random, kind));
        }).toList();
    }

    private Institution handler(RandomGenerator random, ServiceCaseKind kind, Firm firm) {
        List<Institution> candidates = switch (kind) {
            case PRIORITY_EXAMINATION, FAST_PRE_EXAMINATION -> institutions.ofType(InstitutionType.PROTECTION_CENTRE);
            case RIGHTS_ASSISTANCE -> {
                List<Institution> local = institutions.ofType(InstitutionType.RIGHTS_WORKSTATION).stream()
                        .filter(i -> i.districtAdcode().equals(firm.districtAdcode())).toList();
                yield local.isEmpty() ? institutions.ofType(InstitutionType.PROTECTION_CENTRE) : local;
            }
            case OVERSEAS_DISPUTE -> institutions.ofType(InstitutionType.OVERSEAS_DISPUTE_CENTRE);
            case CONSULTATION, EXPERT_CONSULTATION -> institutions.all().stream()
                    .filter(i -> i.types().contains(InstitutionType.TISC)
                            || i.types().contains(InstitutionType.UNIVERSITY_CENTRE)
                            || i.types().contains(InstitutionType.INFO_OUTLET)).toList();
            case PATENT_NAVIGATION, IP_CUSTODY, GBT29490_CERTIFICATION, PILOT_APPLICATION ->
                    institutions.ofType(InstitutionType.PATENT_AGENCY);
            case PRE_IPO_SERVICE -> institutions.ofType(InstitutionType.PRE_IPO_STATION);
        };
        if (candidates.isEmpty()) {
            candidates = institutions.all();
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static int duration(RandomGenerator random, ServiceCaseKind kind) {
        return switch (kind) {
            case FAST_PRE_EXAMINATION -> 5 + random.nextInt(26);
            case PRIORITY_EXAMINATION -> 60 + random.nextInt(241);
            case RIGHTS_ASSISTANCE -> 30 + random.nextInt(151);
            case OVERSEAS_DISPUTE -> 60 + random.nextInt(306);
            case CONSULTATION -> 1 + random.nextInt(14);
            case EXPERT_CONSULTATION -> 3 + random.nextInt(28);
            case PATENT_NAVIGATION -> 60 + random.nextInt(121);
            case IP_CUSTODY, PRE_IPO_SERVICE -> 90 + random.nextInt(276);
            case GBT29490_CERTIFICATION -> 90 + random.nextInt(181);
            case PILOT_APPLICATION -> 30 + random.nextInt(61);
        };
    }

    private static String outcome(RandomGenerator random, ServiceCaseKind kind) {
        List<String> outcomes = switch (kind) {
            case FAST_PRE_EXAMINATION -> List.of("预审合格", "预审合格", "预审合格", "预审不合格");
            case PRIORITY_EXAMINATION -> List.of("ACCEPTED", "ACCEPTED", "REJECTED");
            case RIGHTS_ASSISTANCE -> List.of("调解结案", "出具侵权判定咨询意见", "移交执法部门");
            case OVERSEAS_DISPUTE -> List.of("提供应对指导", "达成和解", "应诉结案");
            case CONSULTATION -> List.of("已答复");
            case EXPERT_CONSULTATION -> List.of("出具专家意见", "已答复");
            case PATENT_NAVIGATION -> List.of("完成导航报告");
            case IP_CUSTODY -> List.of("托管协议已签订");
            case GBT29490_CERTIFICATION -> List.of("通过认证", "通过认证", "未通过认证");
            case PILOT_APPLICATION -> List.of("入选", "未入选");
            case PRE_IPO_SERVICE -> List.of("完成上市前知识产权风险排查");
        };
        return outcomes.get(random.nextInt(outcomes.size()));
    }
}
