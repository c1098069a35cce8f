package cn.ipbridge.graph.importing;

import java.util.Locale;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/** What a file holds, as named on the command line ({@code scripts/import patents FILE}). */
public enum ImportKind {
    ENTERPRISES, PATENTS, INSTITUTIONS;

    public static ImportKind parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImportFileException("unknown kind of file '" + text + "': enterprises, patents or institutions");
        }
    }

    /** The parser for this kind; patents first read the names and IPC codes they link to, once per import. */
    RowParser parser(Driver driver, SessionConfig session) {
        return switch (this) {
            case ENTERPRISES -> new EnterpriseRows();
            case PATENTS -> new PatentRows(ApplicantLinker.load(driver, session), IpcIndex.load(driver, session));
            case INSTITUTIONS -> new InstitutionRows();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
