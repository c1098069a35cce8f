package cn.ipbridge.graph.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcCodes;
import cn.ipbridge.graph.taxonomy.IpcSchemeFiles;
import cn.ipbridge.graph.write.ImportEntity;
import cn.ipbridge.graph.write.ImportLink;
import cn.ipbridge.graph.write.LinkTarget;

/**
 * The IPC scheme files (the Chinese 2026.01 file: code, level, title_zh; the English 2006 core file: code, level,
 * title_en), read row by row as the bundled taxonomy reads them ({@link IpcSchemeFiles#chineseRow}): codes made
 * compact, leaked digits put back, titles cleaned. A file with Chinese titles writes symbols and their
 * {@code PARENT} links, adding (untitled) ancestors neither the file nor the graph has; a file with only English
 * titles sets the English title of symbols the graph has and rejects the others (withdrawn or moved since 2006,
 * which the bundled scheme leaves out too).
 */
public final class IpcRows implements RowParser {

    private static final List<Column> COLUMNS = List.of(
            Column.required("code", "符号", "分类号", "IPC", "symbol"),
            Column.optional("level", "级别", "层级"),
            Column.optional("titleZh", "title_zh", "中文名称", "中文标题", "名称", "标题", "类名"),
            Column.optional("titleEn", "title_en", "英文名称", "英文标题", "title"));

    private final Set<String> known;
    private final Set<String> written = new HashSet<>();
    private boolean symbols;

    IpcRows(Set<String> inGraph) {
        this.known = inGraph;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void check(ColumnMapping mapping) {
        if (!mapping.has("titleZh") && !mapping.has("titleEn")) {
            throw new ImportFileException("required column missing: a title (title_zh / 中文名称 or title_en / 英文名称)");
        }
        symbols = mapping.has("titleZh");
    }

    @Override
    public List<ImportedRow> parse(RowValues row) {
        IpcClass c = row.parse("code", row.required("code"),
                code -> IpcSchemeFiles.chineseRow(code, symbols ? row.text("level") : null, row.text("titleZh")));
        if (!symbols) {
            if (!known.contains(c.code())) {
                throw row.reject("code", c.code() + " is not in the graph's IPC scheme (withdrawn or moved since "
                        + "this edition?); import the Chinese scheme file first");
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("titleEn", IpcSchemeFiles.englishTitle(row.text("titleEn")));
            return List.of(ImportedRow.of(ImportEntity.IPC_CLASSES, c.code(), p, List.of()));
        }
        List<ImportedRow> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String a = c.parentCode(); a != null && !known.contains(a) && !written.contains(a); a = IpcCodes.parentOf(a)) {
            missing.add(0, a);
        }
        for (String ancestor : missing) {
            rows.add(symbol(ancestor, IpcCodes.levelOf(ancestor).name(), null, IpcCodes.parentOf(ancestor)));
        }
        rows.add(symbol(c.code(), c.level().name(), c.titleZh(), c.parentCode()));
        return rows;
    }

    private ImportedRow symbol(String code, String level, String titleZh, String parent) {
        written.add(code);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("level", level);
        p.put("titleZh", titleZh);
        return ImportedRow.of(ImportEntity.IPC_CLASSES, code, p, ImportLink.ifPresent(LinkTarget.IPC_PARENT, parent));
    }
}
