package cn.ipbridge.graph.taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two IPC files under {@code ipc/} (see SOURCES.md there) and merges them into one list of symbols,
 * repairing what the flattening of the Chinese PDF tables broke.
 */
public final class IpcSchemeFiles {

    static final String CHINESE = "ipc/ipc-2026.01-zh.tsv";
    static final String ENGLISH = "ipc/ipc-2006-core-en.tsv";

    // 72 rows lost the last digit(s) of their code into the title: E21B47/00 "3" is really E21B47/003,
    // E01D101/0 "0 桥梁的材料组成" is E01D101/00. No real title is digits followed by a space or nothing.
    private static final Pattern LEAKED_DIGITS = Pattern.compile("(\\d+)(?: (.*))?");
    private static final Pattern SECTION_PREFIX = Pattern.compile("SECTION [A-H] — ");

    private IpcSchemeFiles() {
    }

    /**
     * Every symbol of the Chinese 2026.01 file, plus the ancestors that file lacks although its symbols need
     * them (e.g. subclass C23C, whose groups are there but whose own row is not). Those are taken from the
     * English file where it has them (all do today), else made with no titles, so every chain reaches a section.
     * Symbols only the 2006 English file has are otherwise left out: most were withdrawn or moved since 2006
     * (all of H01L went to class H10 by 2026.01; C12S, F24J, the old A23K 1/00 groups), and a scheme mixing
     * them in would offer dead symbols to {@link IpcScheme#under} and stop
     * {@link IpcScheme#mostSpecificExisting} at them instead of at their living ancestors.
     */
    static List<IpcClass> read() {
        Map<String, String> english = englishTitles();
        Map<String, IpcClass> symbols = chineseSymbols(english);
        for (IpcClass c : new ArrayList<>(symbols.values())) {
            addMissingAncestors(c.code(), symbols, english);
        }
        return new ArrayList<>(symbols.values());
    }

    private static Map<String, IpcClass> chineseSymbols(Map<String, String> english) {
        List<String[]> rows = TsvResource.rows(CHINESE);
        Map<String, IpcClass> symbols = new LinkedHashMap<>(rows.size() * 2);
        for (String[] row : rows) {
            IpcClass c;
            try {
                c = chineseRow(row[0], row[1], row[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(CHINESE + ": " + e.getMessage(), e);
            }
            IpcClass previous = symbols.put(c.code(), new IpcClass(c.code(), c.level(), c.titleZh(),
                    english.get(c.code()), c.parentCode()));
            if (previous != null) {
                throw new IllegalStateException(CHINESE + ": " + c.code() + " appears twice");
            }
        }
        return symbols;
    }

    /**
     * One row of the Chinese scheme file (code, level, Chinese title) as a symbol without English title: the code
     * made compact, digits the PDF flattening moved into the title put back, the title cleaned. Also used by the
     * file importer ({@code scripts/import ipc}). Throws {@link IllegalArgumentException} saying what is wrong.
     */
    public static IpcClass chineseRow(String code, String level, String title) {
        String text = title == null ? "" : title;
        Matcher leaked = LEAKED_DIGITS.matcher(text);
        boolean repaired = code.contains("/") && leaked.matches();
        String symbol = repaired ? code + leaked.group(1) : code;
        if (repaired) {
            text = leaked.group(2) == null ? "" : leaked.group(2);
        }
        String compact = IpcCodes.compact(symbol);
        if (compact == null) {
            throw new IllegalArgumentException("not an IPC symbol: " + code);
        }
        IpcLevel parsed = IpcCodes.levelOf(compact);
        if (!repaired && level != null && !parsed.name().equals(level.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException(code + " is a " + parsed + ", not a " + level);
        }
        return new IpcClass(compact, parsed, IpcTitles.clean(text), null, IpcCodes.parentOf(compact));
    }

    /** An English title as the core file writes it, without the "SECTION A — " prefix of section rows. */
    public static String englishTitle(String raw) {
        return SECTION_PREFIX.matcher(raw == null ? "" : raw).replaceFirst("").strip();
    }

    private static void addMissingAncestors(String code, Map<String, IpcClass> symbols, Map<String, String> english) {
        for (String parent = IpcCodes.parentOf(code); parent != null && !symbols.containsKey(parent);
                parent = IpcCodes.parentOf(parent)) {
            symbols.put(parent, new IpcClass(parent, IpcCodes.levelOf(parent), null, english.get(parent),
                    IpcCodes.parentOf(parent)));
        }
    }

    /** English titles by compact code; the file's own parent column (which follows dot levels) is not used. */
    private static Map<String, String> englishTitles() {
        List<String[]> rows = TsvResource.rows(ENGLISH);
        Map<String, String> titles = new HashMap<>(rows.size() * 2);
        for (String[] row : rows) {
            String compact = IpcCodes.compact(row[0]);
            if (compact == null) {
                throw new IllegalStateException(ENGLISH + ": not an IPC symbol: " + row[0]);
            }
            // "SECTION A — HUMAN NECESSITIES": keep only the title, as the Chinese file does (人类生活必需).
            titles.put(compact, englishTitle(row[2]));
        }
        return titles;
    }
}
