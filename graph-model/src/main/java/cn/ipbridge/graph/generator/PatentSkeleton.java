package cn.ipbridge.graph.generator;

import java.time.LocalDate;
import java.util.List;

import cn.ipbridge.graph.model.PatentApplicant;
import cn.ipbridge.graph.model.PatentType;

/**
 * What fixes a patent's place in the graph, drawn from its holder's stream: who filed it, when, what kind and in
 * which IPC classes. Everything else (status, numbers, title, claims) is drawn from the patent's own stream by
 * {@link PatentFactory}, so citations can be planned from skeletons alone.
 *
 * @param ipcCodes the main classification first
 */
record PatentSkeleton(int ordinal, int holderIndex, String industryCode, PatentType type, LocalDate filingDate,
                      List<String> ipcCodes, List<PatentApplicant> applicants) {

    PatentSkeleton {
        ipcCodes = List.copyOf(ipcCodes);
        applicants = List.copyOf(applicants);
    }

    String mainIpc() {
        return ipcCodes.get(0);
    }

    long applicationDigits() {
        return PatentNumbers.applicationDigits(ordinal, type, filingDate.getYear());
    }
}
