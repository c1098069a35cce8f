package cn.ipbridge.api.patent;

import java.time.LocalDate;
import java.util.List;

import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.PatentType;

/** The {@code PatentFilter} input: every non-null field is a condition that must hold. */
record PatentFilter(
        List<PatentType> types,
        List<LegalStatus> legalStatuses,
        String ipc,
        LocalDate filedFrom,
        LocalDate filedTo,
        String applicantUscc,
        Boolean universityOwned,
        String text) {

    static final PatentFilter NONE = new PatentFilter(null, null, null, null, null, null, null, null);
}
