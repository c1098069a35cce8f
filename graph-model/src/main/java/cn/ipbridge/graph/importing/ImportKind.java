package cn.ipbridge.graph.importing;

import java.util.Arrays;
import java.util.Locale;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** What a file holds, as named on the command line ({@code scripts/import patents FILE}). */
public enum ImportKind {
    ENTERPRISES, PATENTS, INSTITUTIONS, TRADEMARKS, FUNDERS, DEALS, OFFICERS, EVENTS, ATTENDANCE, VISITS, SERVICE_CASES,
    IPC;

    public static ImportKind parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ImportFileException("unknown kind of file '" + text + "': one of "
                    + String.join(", ", Arrays.stream(values()).map(ImportKind::label).toList()));
        }
    }

    /** The parser for this kind; kinds that link first read the names, keys and IPC codes they link to, once. */
    RowParser parser(Driver driver, SessionConfig session) {
        return switch (this) {
            case ENTERPRISES -> new EnterpriseRows();
            case PATENTS -> new PatentRows(ApplicantLinker.load(driver, session), IpcIndex.load(driver, session));
            case INSTITUTIONS -> new InstitutionRows();
            case TRADEMARKS -> new TrademarkRows(ApplicantLinker.load(driver, session));
            case FUNDERS -> new FunderRows();
            case DEALS -> new DealRows(known(driver, session, GraphKeys.FUNDERS, "funder"));
            case OFFICERS -> new OfficerRows(known(driver, session, GraphKeys.OFFICERS, "officer"));
            case EVENTS -> new EventRows(known(driver, session, GraphKeys.INSTITUTIONS, "institution"));
            case ATTENDANCE -> new AttendanceRows(known(driver, session, GraphKeys.EVENTS, "event"));
            case VISITS -> new VisitRows(known(driver, session, GraphKeys.OFFICERS, "officer"));
            case SERVICE_CASES -> new ServiceCaseRows(known(driver, session, GraphKeys.INSTITUTIONS, "institution"));
            case IPC -> new IpcRows(GraphKeys.load(driver, session, GraphKeys.IPC_CLASSES));
        };
    }

    private static KnownNodes known(Driver driver, SessionConfig session, String keys, String what) {
        return new KnownNodes(ApplicantLinker.load(driver, session), GraphKeys.load(driver, session, keys), what);
    }

    /** As written on the command line: {@code service-cases}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
