package cn.ipbridge.api.matching;

import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.taxonomy.IpcLevel;

/**
 * Test fields whose ancestor chain follows the spelling of a subgroup code (H01L21/02 -> H01L21/00 -> H01L ->
 * H01 -> H), as the PARENT links of the real taxonomy do; saves writing chains by hand.
 */
final class SpelledIpc {

    private SpelledIpc() {
    }

    static IpcField field(String subgroup, String... patents) {
        String mainGroup = subgroup.substring(0, subgroup.indexOf('/')) + "/00";
        List<IpcField.Ancestor> chain = new ArrayList<>();
        chain.add(new IpcField.Ancestor(subgroup.substring(0, 1), IpcLevel.SECTION, null));
        chain.add(new IpcField.Ancestor(subgroup.substring(0, 3), IpcLevel.CLASS, null));
        chain.add(new IpcField.Ancestor(subgroup.substring(0, 4), IpcLevel.SUBCLASS, null));
        chain.add(new IpcField.Ancestor(mainGroup, IpcLevel.MAIN_GROUP, null));
        if (!mainGroup.equals(subgroup)) {
            chain.add(new IpcField.Ancestor(subgroup, IpcLevel.SUBGROUP, null));
        }
        return new IpcField(subgroup, List.copyOf(chain), patents.length, patents.length == 0 ? null : patents[0]);
    }

    /** How many leading characters two codes' levels share, as the deepest shared level, or null. */
    static IpcLevel deepestShared(String a, String b) {
        if (a.equals(b)) {
            return a.endsWith("/00") ? IpcLevel.MAIN_GROUP : IpcLevel.SUBGROUP;
        }
        String mainA = a.substring(0, a.indexOf('/'));
        String mainB = b.substring(0, b.indexOf('/'));
        if (mainA.equals(mainB)) {
            return IpcLevel.MAIN_GROUP;
        }
        if (a.substring(0, 4).equals(b.substring(0, 4))) {
            return IpcLevel.SUBCLASS;
        }
        if (a.substring(0, 3).equals(b.substring(0, 3))) {
            return IpcLevel.CLASS;
        }
        return a.charAt(0) == b.charAt(0) ? IpcLevel.SECTION : null;
    }
}
