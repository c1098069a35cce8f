package cn.ipbridge.api.patent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.api.taxonomy.IpcClass;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/**
 * A patent as the API shows it. {@code abstractText} is the schema's {@code abstract}; {@code ipcClasses} are its
 * classes when they were read with it ({@link PatentIpcClasses}), else null and read by {@code Patent.ipcClasses}.
 */
public record Patent(
        String applicationNumber,
        String publicationNumber,
        String title,
        String titleEn,
        String abstractText,
        PatentType type,
        LocalDate filingDate,
        LocalDate grantDate,
        LegalStatus legalStatus,
        Integer claims,
        Integer familySize,
        boolean openLicence,
        List<IpcClass> ipcClasses) {

    /** The Cypher map projection of {@code p} that {@link #from} reads. */
    public static final String PROJECTION = "p {.*}";

    /** The schema's scalar fields of {@code Patent} and the properties they read. */
    private static final Map<String, String> PROPERTIES = Map.ofEntries(
            Map.entry("publicationNumber", "publicationNumber"), Map.entry("title", "title"),
            Map.entry("titleEn", "titleEn"), Map.entry("abstract", "abstract"), Map.entry("type", "type"),
            Map.entry("filingDate", "filingDate"), Map.entry("grantDate", "grantDate"),
            Map.entry("legalStatus", "legalStatus"), Map.entry("claims", "claims"),
            Map.entry("familySize", "familySize"), Map.entry("openLicence", "openLicence"));

    /**
     * A projection of {@code p} with only the properties behind these schema fields, and always the application
     * number (the key of every nested field): a list that asks for titles does not read and carry every abstract.
     * Names that are not scalar fields of {@code Patent} are left out, so the text is always this code's own. A
     * selected {@code ipcClasses} is read in the same projection.
     */
    public static String projection(Collection<String> fields) {
        return fields.stream().map(PROPERTIES::get).filter(Objects::nonNull).distinct().sorted()
                .map(property -> ", ." + property)
                .collect(Collectors.joining("", "p {.applicationNumber",
                        fields.contains("ipcClasses") ? ", " + PatentIpcClasses.PROJECTION_ENTRY + "}" : "}"));
    }

    /**
     * A patent is its application number: two readings of one patent (one with its classes, one without) are one
     * key to the batch loaders of its fields ({@code applicants}, {@code citations}, ...), which hash every patent of
     * a level. A record would hash and compare all its fields, the classes too, for each of thousands of patents.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Patent patent && Objects.equals(applicationNumber, patent.applicationNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(applicationNumber);
    }

    public static Patent from(Value p) {
        return p == null || p.isNull() ? null : new Patent(
                Values.string(p, "applicationNumber"), Values.string(p, "publicationNumber"),
                Values.string(p, "title"), Values.string(p, "titleEn"), Values.string(p, "abstract"),
                Values.enumOf(PatentType.class, p, "type"), Values.date(p, "filingDate"),
                Values.date(p, "grantDate"), Values.enumOf(LegalStatus.class, p, "legalStatus"),
                Values.integer(p, "claims"), Values.integer(p, "familySize"), Values.flag(p, "openLicence"),
                PatentIpcClasses.of(p));
    }
}
