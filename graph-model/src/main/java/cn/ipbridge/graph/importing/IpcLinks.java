package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ipbridge.graph.identifier.IpcSymbol;

/**
 * The IPC links of a patent. Each symbol is linked to the most specific level the taxonomy in the graph has: the
 * statement tries the symbol, then its main group, subclass, class and section, and links the first that exists
 * (a 3-character class such as {@code H04} links at class level). The symbols as given are also kept on the
 * patent ({@code ipcCodes}), so none is lost when the taxonomy lacks it.
 */
final class IpcLinks {

    private IpcLinks() {
    }

    static String normalise(String raw) {
        return IpcSymbol.parse(raw).compact();
    }

    /** The first code is the main classification. */
    static List<Map<String, Object>> of(List<String> codes) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("candidates", candidates(IpcSymbol.parse(codes.get(i))));
            link.put("main", i == 0);
            links.add(link);
        }
        return links;
    }

    private static List<String> candidates(IpcSymbol symbol) {
        List<String> codes = new ArrayList<>();
        for (IpcSymbol s = symbol; s != null; s = s.parent()) {
            codes.add(s.compact());
        }
        return codes;
    }
}
