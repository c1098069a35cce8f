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

    /**
     * The taxonomy's rows are small, so it can afford larger transactions than the default: on a first load,
     * while the JVM is still cold, 20,000 rows a transaction took about an eighth less CPU than 5,000.
     */
    public static final int BATCH_SIZE = 20_000;

    private static final Logger log = LoggerFactory.getLogger(TaxonomyLoader.class);

    private final TaxonomyWriter writer;

    /** Writes through this writer, at its batch size. */
    public TaxonomyLoader(GraphWriter graph) {
        this.writer = graph.taxonomy();
    }

    /** Writes to this database ({@code null} for the default one) at {@link #BATCH_SIZE}. */
    public TaxonomyLoader(Driver driver, String database) {
        this(new GraphWriter(driver, database, BATCH_SIZE));
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
