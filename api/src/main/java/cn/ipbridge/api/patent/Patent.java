package cn.ipbridge.api.patent;

import java.time.LocalDate;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/** A patent as the API shows it. {@code abstractText} is the schema's {@code abstract}. */
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
        boolean openLicence) {

    /** The Cypher map projection of {@code p} that {@link #from} reads. */
    public static final String PROJECTION = "p {.*}";

    public static Patent from(Value p) {
        return p == null || p.isNull() ? null : new Patent(
                Values.string(p, "applicationNumber"), Values.string(p, "publicationNumber"),
                Values.string(p, "title"), Values.string(p, "titleEn"), Values.string(p, "abstract"),
                Values.enumOf(PatentType.class, p, "type"), Values.date(p, "filingDate"),
                Values.date(p, "grantDate"), Values.enumOf(LegalStatus.class, p, "legalStatus"),
                Values.integer(p, "claims"), Values.integer(p, "familySize"), Values.flag(p, "openLicence"));
    }
}
