package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.model.Visit;

/**
 * Officers' visits over the operations year: a key firm is visited in each quarter with probability 92%, except the
 * 12% of firms that are overdue, whose last visit was in the first or second quarter. The first visit records what
 * {@link FirmNeeds} finds; at each later visit a need is still open with probability 60% and a financing need
 * appears with probability 15%. A visit that finds needs refers the services for them and sets a follow-up 30-60
 * days on; the firm's next visit {@code FOLLOWS_UP} it (a follow-up never made stays open).
 */
final class VisitPlanner {

    private final FirmDirectory firms;
    private final PortfolioProfiles profiles;
    private final Randomness randomness;

    VisitPlanner(FirmDirectory firms, PortfolioProfiles profiles, Randomness randomness) {
        this.firms = firms;
        this.profiles = profiles;
        this.randomness = randomness;
    }

    List<Visit> plan(List<Officer> officers) {
        List<Visit> visits = new ArrayList<>();
        for (Officer officer : officers) {
            for (String uscc : officer.assignedUsccs()) {
                visitsTo(firms.byUscc(uscc), officer, visits);
            }
        }
        return visits;
    }

    private void visitsTo(Firm firm, Officer officer, List<Visit> into) {
        SplittableRandom random = randomness.of(Part.VISITS, firm.index());
        boolean overdue = random.nextDouble() < 0.12;
        int lastQuarter = overdue ? random.nextInt(2) : 3;
        List<String> open = null;
        Visit previous = null;
        for (int quarter = 0; quarter <= lastQuarter; quarter++) {
            if (!overdue && random.nextDouble() >= 0.92) {
                continue;
            }
            LocalDate day = OperationsYear.workingDayInQuarter(random, quarter);
            if (open == null) {
                open = FirmNeeds.assess(random, firm.enterprise(), profiles.of(firm));
            } else {
                List<String> still = new ArrayList<>();
                for (String need : open) {
                    if (random.nextDouble() < 0.6) {
                        still.add(need);
                    }
                }
                if (random.nextDouble() < 0.15 && !still.contains("质押融资需求")) {
                    still.add("质押融资需求");
                }
                open = still;
            }
            Visit visit = new Visit(SerialIds.of("VIS", 6, into.size() + 1), officer.id(), firm.uscc(), day,
                    notes(open.size()), open, FirmNeeds.servicesFor(open),
                    open.isEmpty() ? null : day.plusDays(30 + random.nextInt(31)),
                    previous != null && previous.followUpDate() != null ? previous.id() : null);
            into.add(visit);
            previous = visit;
        }
    }

    private static String notes(int needs) {
        return needs == 0 ? "走访了解企业知识产权工作情况，运行良好，暂无新增需求。"
                : "走访了解企业知识产权工作情况，梳理出" + needs + "项需求，已对接相关服务。";
    }
}
