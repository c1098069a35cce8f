package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.generator.Randomness.Part;
import cn.ipbridge.graph.model.Attendance;
import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.EventKind;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.InstitutionType;
import cn.ipbridge.graph.model.Registration;

/**
 * The operations year's events, all on working days:
 *
 * <ul>
 *   <li>training: at least 12 (one a month; 24 at Shanghai size), hosted by training bases (twice as often),
 *       protection centres and TISCs, each on a topic of {@link #TOPICS}, attended by about max(30, firms / 120)
 *       firms sending 1-5 people (mean 2.25), so even the demo's year trains over 600 people;</li>
 *   <li>matchmaking: half as many, hosted in turn by TISCs, university centres and information outlets, each for one
 *       industry (by weight), attended by firms of that industry;</li>
 *   <li>exhibitions: the IP areas of the Industry Fair (September) and the Import Expo (November), both at the
 *       National Exhibition and Convention Center in 青浦, hosted by the first protection centre;</li>
 *   <li>exchanges: a quarterly salon for key firms' IP managers, hosted by a university centre.</li>
 * </ul>
 * Every firm that attended registered 3-20 days before; one registered firm in ten more did not come. These come
 * from a stream of their own, so they move nothing else.
 */
final class EventCalendar {

    static final List<String> TOPICS = List.of("专利挖掘与布局", "高价值专利培育", "知识产权贯标实务", "知识产权质押融资",
            "海外知识产权风险防控", "商业秘密保护", "专利导航", "科创板上市知识产权合规", "专利检索与分析", "PCT国际申请",
            "商标品牌建设", "专利开放许可");
    private static final Weighted<Integer> DELEGATION = Weighted.of(List.of(1, 2, 3, 4, 5), 30, 35, 20, 10, 5);
    private static final String EXPO_DISTRICT = "310118";

    private final FirmDirectory firms;
    private final InstitutionCatalogue institutions;
    private final Randomness randomness;

    EventCalendar(FirmDirectory firms, InstitutionCatalogue institutions, Randomness randomness) {
        this.firms = firms;
        this.institutions = institutions;
        this.randomness = randomness;
    }

    List<Event> plan() {
        SplittableRandom random = randomness.of(Part.EVENTS);
        List<Event> events = new ArrayList<>();
        int trainings = Math.max(12, Math.round(firms.size() * 24f / 15_000));
        int audience = Math.max(30, firms.size() / 120);
        Weighted<Institution> trainers = Weighted.of(
                hosts(InstitutionType.TRAINING_BASE, InstitutionType.PROTECTION_CENTRE, InstitutionType.TISC),
                i -> i.types().contains(InstitutionType.TRAINING_BASE) ? 2 : 1);
        for (int i = 0; i < trainings; i++) {
            LocalDate day = dayInMonth(random, i * 12 / trainings);
            add(events, random, day.getYear() + "年专精特新企业知识产权实务培训（" + TOPICS.get(i % TOPICS.size()) + "）",
                    EventKind.TRAINING, day, trainers.pick(random), null, firms.all(), scaled(random, audience));
        }
        List<Institution> matchmakers = hosts(InstitutionType.TISC, InstitutionType.UNIVERSITY_CENTRE,
                InstitutionType.INFO_OUTLET);
        Weighted<IndustryProfile> industries = Weighted.of(IndustryProfile.ALL, IndustryProfile::weight);
        for (int i = 0; i < trainings / 2; i++) {
            IndustryProfile industry = industries.pick(random);
            add(events, random, "高校专利技术转移对接会（" + industry.industry().name() + "专场）", EventKind.MATCHMAKING,
                    dayInMonth(random, i * 24 / trainings), matchmakers.get(i % matchmakers.size()), null,
                    firms.inIndustry(industry.code()), scaled(random, audience / 2));
        }
        Institution centre = hosts(InstitutionType.PROTECTION_CENTRE).get(0);
        LocalDate industryFair = dayInMonth(random, 2);
        add(events, random, industryFair.getYear() + "中国国际工业博览会知识产权服务专区", EventKind.EXHIBITION,
                industryFair, centre, EXPO_DISTRICT, firms.all(), scaled(random, audience));
        LocalDate importExpo = dayInMonth(random, 4);
        add(events, random, importExpo.getYear() + "中国国际进口博览会知识产权保护专区", EventKind.EXHIBITION,
                importExpo, centre, EXPO_DISTRICT, firms.all(), scaled(random, audience));
        Institution salonHost = hosts(InstitutionType.UNIVERSITY_CENTRE).get(0);
        for (int quarter = 0; quarter < 4; quarter++) {
            add(events, random, "专精特新“小巨人”企业知识产权经理人沙龙（第" + (quarter + 1) + "期）", EventKind.EXCHANGE,
                    OperationsYear.workingDayInQuarter(random, quarter), salonHost, null, firms.key(),
                    scaled(random, audience / 2));
        }
        return events.stream().map(this::withRegistrations).toList();
    }

    private Event withRegistrations(Event event) {
        int index = Integer.parseInt(event.id().substring(event.id().indexOf('-') + 1));
        SplittableRandom random = randomness.of(Part.REGISTRATIONS, index);
        List<Registration> registrations = new ArrayList<>();
        Set<String> attended = new HashSet<>();
        for (Attendance a : event.attendance()) {
            attended.add(a.enterpriseUscc());
            registrations.add(new Registration(a.enterpriseUscc(), event.date().minusDays(3 + random.nextInt(18))));
        }
        for (Firm f : DistinctSample.of(random, firms.all(), Math.max(1, event.attendance().size() / 10))) {
            if (attended.add(f.uscc())) {
                registrations.add(new Registration(f.uscc(), event.date().minusDays(3 + random.nextInt(18))));
            }
        }
        return new Event(event.id(), event.title(), event.kind(), event.date(), event.districtAdcode(),
                event.hostName(), event.attendance(), registrations);
    }

    private static void add(List<Event> events, RandomGenerator random, String title, EventKind kind,
                            LocalDate day, Institution host, String district, List<Firm> pool, int firmCount) {
        List<Attendance> attendance = DistinctSample.of(random, pool, firmCount).stream()
                .map(f -> new Attendance(f.uscc(), DELEGATION.pick(random))).toList();
        events.add(new Event(SerialIds.of("EVT", 4, events.size() + 1), title, kind, day,
                district == null ? host.districtAdcode() : district, host.name(), attendance));
    }

    private List<Institution> hosts(InstitutionType... types) {
        return institutions.all().stream().filter(i -> List.of(types).stream().anyMatch(i.types()::contains)).toList();
    }

    /** A working day in month 0..11 of the operations year. */
    private static LocalDate dayInMonth(RandomGenerator random, int month) {
        LocalDate first = OperationsYear.START.plusMonths(month);
        return OperationsYear.workingDay(first.plusDays(3 + random.nextInt(22)));
    }

    /** Between 0.8 and 1.5 times the typical number, at least 5. */
    private static int scaled(RandomGenerator random, int typical) {
        return Math.max(5, (int) Math.round(typical * (0.8 + 0.7 * random.nextDouble())));
    }
}
