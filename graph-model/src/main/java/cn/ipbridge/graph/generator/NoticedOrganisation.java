package cn.ipbridge.graph.generator;

import java.util.List;

import cn.ipbridge.graph.taxonomy.TsvResource;

/**
 * A real organisation named in an official notice (shanghai-ip-institutions.tsv, copied from shared data; see
 * SOURCES.md): a designated service institution or an IP-pledge bank.
 *
 * @param kind        the file's institution_type: university, bank, patent_agency, ip_protection_centre ...
 * @param designation what it was designated as, in the notice's words
 * @param sourceUrl   the page the row was taken from
 */
record NoticedOrganisation(String name, String kind, String designation, int year, String sourceUrl) {

    static final List<NoticedOrganisation> ALL = TsvResource.rows(NoticedOrganisation.class,
                    "shanghai-ip-institutions.tsv").stream()
            .map(r -> new NoticedOrganisation(r[0], r[1], r[2], Integer.parseInt(r[3]), r[4]))
            .toList();

    boolean bank() {
        return kind.equals("bank");
    }

    boolean university() {
        return kind.equals("university");
    }
}
