package cn.ipbridge.graph.importing;

import java.util.HashSet;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import cn.ipbridge.graph.identifier.IpcSymbol;

/**
 * The IPC codes the graph's taxonomy has, read once per import, so each symbol of a patent is linked in Java to
 * the most specific level that exists: the symbol, else its main group, subclass, class, section (a 3-character
 * class such as {@code H04} links at class level). The symbols as given are also kept on the patent
 * ({@code ipcCodes}), so none is lost when the taxonomy lacks it.
 */
public final class IpcIndex {

    private final Set<String> codes;

    public IpcIndex(Set<String> codes) {
        this.codes = Set.copyOf(codes);
    }

    public static IpcIndex load(Driver driver, SessionConfig session) {
        Set<String> codes = new HashSet<>();
        try (Session s = driver.session(session)) {
            s.executeRead(tx -> {
                tx.run("MATCH (c:IpcClass) RETURN c.code AS code").forEachRemaining(r -> codes.add(r.get(0).asString()));
                return null;
            });
        }
        return new IpcIndex(codes);
    }

    static String normalise(String raw) {
        return IpcSymbol.parse(raw).compact();
    }

    /** The code of the most specific class the taxonomy has for {@code code}, or null if it has none. */
    public String mostSpecific(String code) {
        for (IpcSymbol s = IpcSymbol.parse(code); s != null; s = s.parent()) {
            if (codes.contains(s.compact())) {
                return s.compact();
            }
        }
        return null;
    }
}
