package cn.ipbridge.graph.generator;

import java.util.List;
import java.util.Set;

import cn.ipbridge.graph.model.BestCase;
import cn.ipbridge.graph.model.Enterprise;
import cn.ipbridge.graph.model.Event;
import cn.ipbridge.graph.model.Expert;
import cn.ipbridge.graph.model.FinancingDeal;
import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.Institution;
import cn.ipbridge.graph.model.Notice;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentTransfer;
import cn.ipbridge.graph.model.ServiceCase;
import cn.ipbridge.graph.model.ServiceLink;
import cn.ipbridge.graph.model.Trademark;
import cn.ipbridge.graph.model.University;
import cn.ipbridge.graph.model.Visit;

/**
 * The records of one generated graph, each part worked out on first use. Patents and trademarks are not kept: every
 * iteration regenerates them, identically, one holder at a time, so a Shanghai-size graph streams through memory.
 */
public final class GeneratedGraph {

    private final FirmDirectory firms;
    private final PatentCatalogue patents;
    private final TrademarkFactory trademarks;
    private final Lazy<List<Institution>> institutions;
    private final Lazy<List<University>> universities;
    private final Lazy<List<Funder>> funders;
    private final Lazy<List<PatentTransfer>> transfers;
    private final Lazy<List<ServiceLink>> serviceLinks;
    private final Lazy<List<Officer>> officers;
    private final Lazy<List<Expert>> experts;
    private final Lazy<List<Visit>> visits;
    private final Lazy<List<Event>> events;
    private final Lazy<List<FinancingDeal>> deals;
    private final Lazy<List<ServiceCase>> serviceCases;
    private final Lazy<List<BestCase>> bestCases;
    private final Lazy<List<Notice>> notices;

    GeneratedGraph(FirmDirectory firms, PatentCatalogue patents, IndustryFields fields, Randomness randomness) {
        this.firms = firms;
        this.patents = patents;
        this.trademarks = new TrademarkFactory(randomness);
        InstitutionCatalogue institutionCatalogue = new InstitutionCatalogue(randomness, fields);
        FunderCatalogue funderCatalogue = new FunderCatalogue(randomness);
        PortfolioProfiles profiles = new PortfolioProfiles(patents);
        this.institutions = new Lazy<>(institutionCatalogue::all);
        this.universities = new Lazy<>(() -> universities(institutionCatalogue.universityNames()));
        this.funders = new Lazy<>(funderCatalogue::all);
        this.transfers = new Lazy<>(() -> new TechnologyTransfers(patents, firms, randomness).all());
        this.serviceLinks = new Lazy<>(() -> new ServiceLinks(institutionCatalogue, randomness).plan(firms));
        this.officers = new Lazy<>(() -> OfficerRoster.assign(firms.key(), randomness));
        this.experts = new Lazy<>(() -> ExpertPanel.recruit(firms.size(), institutionCatalogue, fields, randomness));
        this.visits = new Lazy<>(() -> new VisitPlanner(firms, profiles, randomness).plan(officers()));
        this.events = new Lazy<>(() -> new EventCalendar(firms, institutionCatalogue, randomness).plan());
        this.deals = new Lazy<>(() -> new FinancingDeals(firms, funderCatalogue, profiles, trademarks, randomness)
                .plan());
        this.serviceCases = new Lazy<>(() -> new ServiceCases(firms, institutionCatalogue, randomness).plan());
        this.bestCases = new Lazy<>(() -> new BestCases(firms, randomness).plan(serviceCases(), deals()));
        this.notices = new Lazy<>(() -> new NoticeBoard(randomness).plan());
    }

    public List<Institution> institutions() {
        return institutions.get();
    }

    /** Patent-owning universities that are not also institutions (those are written as institutions). */
    public List<University> universities() {
        return universities.get();
    }

    public List<Funder> funders() {
        return funders.get();
    }

    public List<Enterprise> enterprises() {
        return firms.all().stream().map(Firm::enterprise).toList();
    }

    /** Regenerated on every iteration, firm by firm. */
    public Iterable<Trademark> trademarks() {
        return () -> firms.all().stream().flatMap(f -> trademarks.of(f).stream()).iterator();
    }

    /** Regenerated on every iteration, holder by holder, with their citations. */
    public Iterable<Patent> patents() {
        return patents.all();
    }

    public List<PatentTransfer> transfers() {
        return transfers.get();
    }

    public List<ServiceLink> serviceLinks() {
        return serviceLinks.get();
    }

    public List<Officer> officers() {
        return officers.get();
    }

    public List<Expert> experts() {
        return experts.get();
    }

    public List<Visit> visits() {
        return visits.get();
    }

    public List<Event> events() {
        return events.get();
    }

    public List<FinancingDeal> deals() {
        return deals.get();
    }

    public List<ServiceCase> serviceCases() {
        return serviceCases.get();
    }

    public List<BestCase> bestCases() {
        return bestCases.get();
    }

    /** Notices; the firms each reaches are worked out when it is written, from its targets. */
    public List<Notice> notices() {
        return notices.get();
    }

    private static List<University> universities(Set<String> institutionNames) {
        return PatentOwningUniversity.ALL.stream().filter(u -> !institutionNames.contains(u.name()))
                .map(u -> new University(u.name(), u.districtAdcode())).toList();
    }
}
