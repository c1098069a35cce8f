package cn.ipbridge.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent or patent application, keyed by its normalised application number (e.g. {@code 202311776587.0}).
 *
 * @param ipcCodes     normalised IPC symbols (e.g. {@code H01M50/609}); the first is the main classification
 * @param cites        application numbers of earlier patents this one cites
 * @param openLicence  offered under the open licensing scheme (开放许可)
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
        List<PatentApplicant> applicants,
        List<String> ipcCodes,
        List<String> cites) {

    public Patent {
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        ipcCodes = ipcCodes == null ? List.of() : List.copyOf(ipcCodes);
        cites = cites == null ? List.of() : List.copyOf(cites);
    }
}
