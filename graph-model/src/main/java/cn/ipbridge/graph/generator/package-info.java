/**
 * A deterministic generator of a realistic Shanghai SRDI graph: firms, their patents, trademarks and citations,
 * universities, service institutions, funders and a year of the programme's operations.
 *
 * <p>Entry point: {@link cn.ipbridge.graph.generator.GraphGenerator}, sized by
 * {@link cn.ipbridge.graph.generator.DatasetSize} (DEMO about 300 firms and 5,500 patents; SHANGHAI 15,000 firms and
 * about 610,000 patents with 1.1 million citations) or a scaled {@link cn.ipbridge.graph.generator.GenerationPlan}.
 * The same plan and seed give exactly the same records: every part draws from its own {@code SplittableRandom},
 * seeded from the seed, the part and the item ({@code Randomness}); nothing depends on hash order, threads or the
 * wall clock, and "now" is the fixed reference date 2026-06-30 ({@code OperationsYear}).
 *
 * <p>Patents stream: a holder's portfolio is regenerated whenever it is needed, and citations are picked from compact
 * arrays over all patents ({@code CitationIndex}), so a Shanghai-size run never holds the patents in memory.
 *
 * <p>The shapes of the data, each documented where it is drawn:
 * <ul>
 *   <li>districts weighted 浦东 22, 闵行 11, 嘉定 10, 松江 9, 宝山 7, 徐汇 6, 杨浦 5 ... 崇明 1, with industry affinities
 *       ({@code DistrictProfile}); industries weighted high-end equipment 18 ... aerospace 4
 *       ({@code IndustryProfile});</li>
 *   <li>SRDI level 10/55/35, recognition 2019-2025, founding 1995-2021, log-normal staff, about 30% GB/T 29490
 *       certified, 10% in IP custody, a few percent pilots, 5% STAR candidates ({@code FirmTraits});</li>
 *   <li>names 上海 + trade name + industry word + form, unique, some with aliases ({@code CompanyNames}); valid, unique
 *       credit codes with the district's division code ({@code CreditCodes});</li>
 *   <li>log-normal portfolios, mean 38 at Shanghai size (20 in the demo), median well below
 *       ({@code PortfolioSizes}); universities hold 8%; about 45% inventions, 45% utility models, 10% designs
 *       ({@code Holders});</li>
 *   <li>80% of a firm's patents in its industry's IPC subclasses, concentrated on a few main groups, the rest in
 *       neighbouring subclasses, all real symbols ({@code PortfolioPlanner}, {@code IndustryFields});</li>
 *   <li>filings 2005-2026 growing 13% a year ({@code FilingDates}); status, grant and terms by type and age
 *       ({@code LegalHistory}); numbers with valid check characters ({@code PatentNumbers}); titles from the IPC
 *       symbol's Chinese title ({@code PatentTitles}); citations to older patents in nearby classes
 *       ({@code CitationIndex}); transfers and licences of universities' inventions ({@code TechnologyTransfers});</li>
 *   <li>real institutions and banks from official notices plus generated ones of every type
 *       ({@code InstitutionCatalogue}, {@code FunderCatalogue}); service links, officers, visits, events, deals,
 *       cases, experts and trademarks ({@code ServiceLinks}, {@code OfficerRoster}, {@code VisitPlanner},
 *       {@code EventCalendar}, {@code FinancingDeals}, {@code ServiceCases}, {@code ExpertPanel},
 *       {@code TrademarkFactory}).</li>
 * </ul>
 *
 * <p>A simplification: design patents are classified by Locarno, not IPC, in reality; here they carry IPC symbols of
 * their field so that every patent hangs on the one classification the graph has.
 */
package cn.ipbridge.graph.generator;
