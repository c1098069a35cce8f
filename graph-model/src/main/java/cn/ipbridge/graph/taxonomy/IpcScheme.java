package cn.ipbridge.graph.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IPC scheme, version 2026.01, every level from section to subgroup: Chinese titles from the CNIPA tables,
 * English titles from the 2006 core level where the same symbol exists there (about a fifth of the symbols).
 * Read once from the classpath and immutable.
 *
 * <p>Each symbol's parent is the one a level up: section &lt;- class &lt;- subclass &lt;- main group &lt;-
 * subgroup. In the published IPC, subgroups also nest inside each other by their dot levels (H01M 50/609 sits
 * under H01M 50/60); the Chinese data does not carry the dots, so here every subgroup hangs directly off its
 * main group.
 *
 * <p>The data has gaps (listed in {@code ipc/SOURCES.md}): a symbol from a patent may well be missing,
 * which {@link #mostSpecificExisting} is for.
 */
public final class IpcScheme {

    private final List<IpcClass> all;
    private final Map<String, IpcClass> byCode;
    private final Map<String, List<IpcClass>> children;

    IpcScheme(Collection<IpcClass> classes) {
        this.all = sorted(classes);
        this.byCode = new HashMap<>(all.size() * 2);
        Map<String, List<IpcClass>> kids = new HashMap<>();
        for (IpcClass c : all) {
            if (byCode.put(c.code(), c) != null) {
                throw new IllegalArgumentException("IPC symbol twice: " + c.code());
            }
            if (c.parentCode() != null) {
                if (!byCode.containsKey(c.parentCode())) {
                    throw new IllegalArgumentException(c.code() + " has no parent " + c.parentCode());
                }
                kids.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        kids.replaceAll((code, list) -> List.copyOf(list));
        this.children = kids;
    }

    /** The scheme from the bundled files, read on first use (a few hundred milliseconds) and shared after. */
    public static IpcScheme load() {
        return Bundled.SCHEME;
    }

    /** Every symbol, broadest level first and in scheme order within a level, so parents precede children. */
    public List<IpcClass> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** The symbol with this code, or null; spaced forms such as {@code "H01M 50/609"} are accepted too. */
    public IpcClass byCode(String code) {
        if (code == null) {
            return null;
        }
        IpcClass found = byCode.get(code);
        if (found == null) {
            String compact = IpcCodes.compact(code);
            found = compact == null ? null : byCode.get(compact);
        }
        return found;
    }

    /** The symbols one level below this one, in scheme order; empty for a subgroup or an unknown code. */
    public List<IpcClass> children(String code) {
        IpcClass parent = byCode(code);
        return parent == null ? List.of() : children.getOrDefault(parent.code(), List.of());
    }

    /**
     * Every descendant of this symbol at the given level, in scheme order, e.g. all subgroups of subclass H01M;
     * empty if the level is not below the symbol's or the code is unknown.
     */
    public List<IpcClass> under(String code, IpcLevel level) {
        IpcClass root = byCode(code);
        if (root == null || level.compareTo(root.level()) <= 0) {
            return List.of();
        }
        List<IpcClass> found = new ArrayList<>();
        collect(root, level, found);
        return List.copyOf(found);
    }

    private void collect(IpcClass node, IpcLevel level, List<IpcClass> found) {
        for (IpcClass child : children.getOrDefault(node.code(), List.of())) {
            if (child.level() == level) {
                found.add(child);
            } else {
                collect(child, level, found);
            }
        }
    }

    /**
     * The symbol itself if the scheme has it, else its nearest ancestor that it has (subgroup, main group,
     * subclass, class, section); null if the code is not an IPC symbol or not even its section is known.
     * Importers use it for symbols withdrawn before 2026.01 or missing from the data.
     */
    public IpcClass mostSpecificExisting(String code) {
        for (String c = IpcCodes.compact(code); c != null; c = IpcCodes.parentOf(c)) {
            IpcClass found = byCode.get(c);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<IpcClass> sorted(Collection<IpcClass> classes) {
        record Keyed(IpcClass ipc, String key) {
        }
        return classes.stream()
                .map(c -> new Keyed(c, IpcCodes.sortKey(c.code())))
                .sorted(Comparator.comparing((Keyed k) -> k.ipc().level()).thenComparing(Keyed::key))
                .map(Keyed::ipc)
                .toList();
    }

    /** Holder, so the files are read on first use and exactly once. */
    private static final class Bundled {
        static final IpcScheme SCHEME = new IpcScheme(IpcSchemeFiles.read());
    }
}
