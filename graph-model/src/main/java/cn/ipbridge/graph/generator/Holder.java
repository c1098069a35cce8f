package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.List;

import cn.ipbridge.graph.model.ApplicantKind;

/**
 * Something that files patents, a firm or a university, with the slice of patent ordinals its portfolio takes.
 * Ordinals number all generated patents 0..n-1, firms' first and then universities', and make application
 * numbers unique and each patent's random stream its own.
 *
 * @param index          position among all holders (firms first, in firm order)
 * @param key            the applicant key: credit code for a firm, name for a university
 * @param industries     the industries its patents fall in, the main one first
 * @param activeSince    no patent is filed before this day (founding, or 2005 for universities)
 * @param inventionShare share of its patents that are inventions
 * @param designShare    share of its patents that are designs (the rest are utility models)
 * @param overseasShare  share of its inventions with a family abroad
 * @param firstOrdinal   ordinal of its first patent
 * @param size           how many patents it has
 */
record Holder(int index, ApplicantKind kind, String key, List<String> industries, LocalDate activeSince,
              double inventionShare, double designShare, double overseasShare, int firstOrdinal, int size) {

    Holder {
        industries = List.copyOf(industries);
    }

    boolean university() {
        return kind == ApplicantKind.UNIVERSITY;
    }
}
