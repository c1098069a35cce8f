package cn.ipbridge.graph.write;

import java.util.List;

import cn.ipbridge.graph.taxonomy.District;
import cn.ipbridge.graph.taxonomy.Industry;
import cn.ipbridge.graph.taxonomy.IpcClass;
import cn.ipbridge.graph.taxonomy.IpcLevel;
import cn.ipbridge.graph.taxonomy.IpcScheme;
import cn.ipbridge.graph.taxonomy.ShanghaiDistricts;
import cn.ipbridge.graph.taxonomy.StrategicIndustries;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the whole taxonomy the rest of the graph hangs on: the IPC scheme with its hierarchy, Shanghai's
 * districts, and the strategic industries with their {@code COVERS} links (last, as they need the IPC
 * subclasses). Like every write it is idempotent: loading again changes no node or relationship count.
 */
public final class TaxonomyLoader {

    private static final Logger log = LoggerFactory.getLogger(TaxonomyLoader.class);

    private final TaxonomyWriter writer;

    /** Writes through this writer, at its batch size. */
    public TaxonomyLoader(GraphWriter graph) {
        this.writer = graph.taxonomy();
    }

    /**
     * Writes to this database ({@code null} for the default one) at the default batch size. Larger batches were
     * measured and not worth it: 20,000 rows a transaction cut the CPU of a cold first IPC node pass by about
     * 15% but raised that of the PARENT pass by about a third, so the whole load came out the same.
     */
    public TaxonomyLoader(Driver driver, String database) {
        this(new GraphWriter(driver, database));
    }

    /** The bundled IPC scheme, the 16 districts and the strategic industries. */
    public WriteCounts load(WriteProgress progress) {
        return load(IpcScheme.load(), ShanghaiDistricts.all(), StrategicIndustries.all(), progress);
    }

    public WriteCounts load(IpcScheme scheme, List<District> districts, List<Industry> industries,
                            WriteProgress progress) {
        // COVERS is written with MATCH, which would silently skip a subclass the scheme lacks: refuse instead.
        for (Industry industry : industries) {
            for (String code : industry.ipcSubclasses()) {
                IpcClass subclass = scheme.byCode(code);
                if (subclass == null || subclass.level() != IpcLevel.SUBCLASS) {
                    throw new IllegalArgumentException("Industry " + industry.code() + " covers " + code
                            + ", which is not an IPC subclass of the scheme");
                }
            }
        }
        long started = System.nanoTime();
        WriteCounts ipc = writer.ipcClasses(scheme.all(), progress);
        long ipcDone = System.nanoTime();
        WriteCounts rest = writer.districts(districts, progress).plus(writer.industries(industries, progress));
        log.info("Taxonomy written: {} IPC symbols in {} ms, {} districts and {} industries in {} ms ({})",
                scheme.size(), (ipcDone - started) / 1_000_000, districts.size(), industries.size(),
                (System.nanoTime() - ipcDone) / 1_000_000, ipc.plus(rest));
        return ipc.plus(rest);
    }
}
