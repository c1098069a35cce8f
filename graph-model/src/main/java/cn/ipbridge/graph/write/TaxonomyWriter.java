package cn.ipbridge.graph.write;

import java.util.stream.StreamSupport;

import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.IpcClass;

/** Writes districts, industries and the IPC scheme. */
public final class TaxonomyWriter {

    private static final String DISTRICTS = """
            UNWIND $rows AS r
            MERGE (d:District {adcode: r.adcode})
            SET d.name = r.name, d.nameEn = r.nameEn
            """;

    private static final String INDUSTRIES = """
            UNWIND $rows AS r
            MERGE (i:Industry {code: r.code})
            SET i.name = r.name, i.nameEn = r.nameEn
            WITH i, r
            CALL (i, r) {
              UNWIND r.ipcSubclasses AS code
              MATCH (c:IpcClass {code: code})
              MERGE (i)-[:COVERS]->(c)
            }
            """;

    private static final String IPC_CLASSES = """
            UNWIND $rows AS r
            MERGE (c:IpcClass {code: r.code})
            SET c.level = r.level, c.titleZh = r.titleZh, c.titleEn = r.titleEn
            """;

    // Siblings arrive together (the scheme lists them side by side), so grouping a batch by parent looks each
    // parent up once instead of once per child: about a quarter less time than matching both ends per row.
    private static final String IPC_PARENTS = """
            UNWIND $rows AS r
            WITH r.parentCode AS parentCode, collect(r.code) AS codes
            MATCH (p:IpcClass {code: parentCode})
            UNWIND codes AS code
            MATCH (c:IpcClass {code: code})
            MERGE (c)-[:PARENT]->(p)
            """;

    private final BatchWriter writer;

    TaxonomyWriter(BatchWriter writer) {
        this.writer = writer;
    }

    public WriteCounts districts(Iterable<District> districts, WriteProgress progress) {
        return writer.write("districts", DISTRICTS, districts, d -> Row.of()
                .put("adcode", d.adcode()).put("name", d.name()).put("nameEn", d.nameEn()).map(), progress);
    }

    /** Industries with their {@code COVERS} links; write the IPC scheme first so the subclasses exist. */
    public WriteCounts industries(Iterable<Industry> industries, WriteProgress progress) {
        return writer.write("industries", INDUSTRIES, industries, i -> Row.of()
                .put("code", i.code()).put("name", i.name()).put("nameEn", i.nameEn())
                .put("ipcSubclasses", i.ipcSubclasses()).map(), progress);
    }

    /** IPC symbols and then their {@code PARENT} links (two passes, so a parent is always there). */
    public WriteCounts ipcClasses(Iterable<IpcClass> classes, WriteProgress progress) {
        WriteCounts nodes = writer.write("IPC classes", IPC_CLASSES, classes, c -> Row.of()
                .put("code", c.code()).put("level", c.level()).put("titleZh", c.titleZh())
                .put("titleEn", c.titleEn()).map(), progress);
        WriteCounts links = writer.write("IPC hierarchy", IPC_PARENTS,
                () -> StreamSupport.stream(classes.spliterator(), false)
                        .filter(c -> c.parentCode() != null).iterator(),
                c -> Row.of().put("code", c.code()).put("parentCode", c.parentCode()).map(), progress);
        return nodes.plus(links);
    }
}
