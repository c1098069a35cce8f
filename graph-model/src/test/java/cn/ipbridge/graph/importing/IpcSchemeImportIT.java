package cn.ipbridge.graph.importing;

import static cn.ipbridge.graph.importing.RealFilesImportIT.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.database.TestDatabase;
import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcCodes;
import cn.ipbridge.graph.taxonomy.IpcScheme;

/**
 * {@code scripts/import ipc FILE} on slices of the two scheme files the project bundles (the first 300 symbols of
 * the Chinese 2026.01 file, the first 120 of the English core file): the symbols, titles and hierarchy come out as
 * the bundled {@link IpcScheme} reads them, English titles go to symbols the graph has, and the rest is rejected.
 */
class IpcSchemeImportIT {

    private final TestDatabase db = TestDatabase.get();
    private final ImportRun importer = new ImportRun(db.driver(), null, 100);

    @BeforeEach
    void emptyGraph() {
        db.clear();
    }

    private ImportReport importFile(String name) {
        return importer.run(new SourceFile(resource(name), null), ImportOptions.of(ImportKind.IPC), ImportProgress.NONE);
    }

    @Test
    void chineseThenEnglishSliceGiveTheBundledSchemesSymbolsTitlesAndParents() throws IOException {
        ImportReport chinese = importFile("ipc-2026.01-zh-slice.tsv");

        assertThat(chinese.rejected()).isZero();
        assertThat(chinese.rowsRead()).isEqualTo(300);
        Map<String, List<Object>> graph = symbols();
        assertThat(chinese.written().get("ipc_classes").created()).isEqualTo(graph.size()).isGreaterThanOrEqualTo(300);
        IpcScheme bundled = IpcScheme.load();
        graph.forEach((code, stored) -> {
            IpcClass expected = bundled.byCode(code);
            assertThat(stored).as(code).containsExactly(expected.level().name(), expected.titleZh(), expected.parentCode());
        });

        ImportReport english = importFile("ipc-2006-core-en-slice.tsv");

        List<String> englishCodes = Files.readAllLines(resource("ipc-2006-core-en-slice.tsv")).stream().skip(1)
                .map(line -> IpcCodes.compact(line.split("\t")[0])).toList();
        long inGraph = englishCodes.stream().filter(graph::containsKey).count();
        assertThat(english.written().get("ipc_classes").updated()).isEqualTo(inGraph).isPositive();
        assertThat(english.rejected()).isEqualTo(englishCodes.size() - inGraph).isPositive();
        assertThat(english.rejections().get(0).column()).isEqualTo("code");
        assertThat(english.rejections().get(0).reason()).contains("not in the graph's IPC scheme");
        Map<String, String> titles = new HashMap<>();
        db.driver().executableQuery("MATCH (c:IpcClass) WHERE c.titleEn IS NOT NULL RETURN c.code AS code, c.titleEn AS t")
                .execute().records().forEach(r -> titles.put(r.get("code").asString(), r.get("t").asString()));
        assertThat(titles).hasSize((int) inGraph);
        titles.forEach((code, title) -> assertThat(title).as(code).isEqualTo(bundled.byCode(code).titleEn()));
        assertThat(titles.get("A")).isEqualTo("HUMAN NECESSITIES");

        assertThat(importFile("ipc-2006-core-en-slice.tsv").written().get("ipc_classes").unchanged()).isEqualTo(inGraph);
        assertThat(db.count("MATCH (:IpcClass)-[p:PARENT]->(:IpcClass) RETURN count(p)")).isEqualTo(graph.size() - 1);
    }

    /** code -> [level, titleZh, parent code] as stored. */
    private Map<String, List<Object>> symbols() {
        Map<String, List<Object>> symbols = new HashMap<>();
        db.driver().executableQuery("""
                MATCH (c:IpcClass) OPTIONAL MATCH (c)-[:PARENT]->(p)
                RETURN c.code AS code, c.level AS level, c.titleZh AS title, p.code AS parent""").execute().records()
                .forEach(r -> symbols.put(r.get("code").asString(), java.util.Arrays.asList(r.get("level").asString(),
                        r.get("title").asString(null), r.get("parent").asString(null))));
        return symbols;
    }
}
