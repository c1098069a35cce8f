package cn.ipbridge.api.topics;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.api.system.Values;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.write.TopicWriter;

/** The {@code TopicQuery} input: which patents a topic holds. Every given part must match; lists match any item. */
record TopicQuery(List<String> ipcClasses, List<String> keywords, List<String> applicants, List<String> districts,
                  LocalDate filedFrom, LocalDate filedTo, List<LegalStatus> legalStatus) {

    TopicWriter.Definition definition() {
        if (filedFrom != null && filedTo != null && filedFrom.isAfter(filedTo)) {
            throw new BadArgumentException("query.filedTo", "is before query.filedFrom");
        }
        return new TopicWriter.Definition(trimmed(ipcClasses), trimmed(keywords), trimmed(applicants),
                trimmed(districts), filedFrom, filedTo,
                legalStatus == null ? null : legalStatus.stream().map(Enum::name).toList());
    }

    private static List<String> trimmed(List<String> values) {
        return values == null ? null : values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The definition stored on topic node {@code t}. */
    static TopicQuery from(Value t) {
        return new TopicQuery(Values.strings(t, "ipcClasses"), Values.strings(t, "keywords"),
                Values.strings(t, "applicants"), Values.strings(t, "districts"), Values.date(t, "filedFrom"),
                Values.date(t, "filedTo"), Values.enums(LegalStatus.class, t, "legalStatuses"));
    }
}
