package cn.ipbridge.api.explore;

import java.util.List;

/**
 * What two firms share: institutions serving both, patents they applied for together, patents of one citing the
 * other's, and IPC subclasses both patent in; with the graph that shows it.
 */
record InCommon(List<String> sharedInstitutions, List<String> coAppliedPatents, List<String> citingPatents,
                List<String> sharedIpcSubclasses, Subgraph graph) {
}
