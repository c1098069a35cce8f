package cn.ipbridge.graph.importing;

import java.util.Locale;

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

    RowParser parser(ApplicantLinker.Source linker) {
        return switch (this) {
            case ENTERPRISES -> new EnterpriseRows();
            case PATENTS -> new PatentRows(linker.get());
            case INSTITUTIONS -> new InstitutionRows();
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
