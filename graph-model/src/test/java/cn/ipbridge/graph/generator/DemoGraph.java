package cn.ipbridge.graph.generator;

import java.util.ArrayList;
import java.util.List;

import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.taxonomy.IpcScheme;

/** The demo graph the unit tests look at, generated once per test JVM, with its patents kept in a list. */
final class DemoGraph {

    static final long SEED = 20260630L;
    static final IpcScheme SCHEME = IpcScheme.load();
    static final GeneratedGraph GRAPH = new GraphGenerator(DatasetSize.DEMO.plan(), SEED, SCHEME).generate();
    static final List<Patent> PATENTS = patents();

    private DemoGraph() {
    }

    private static List<Patent> patents() {
        List<Patent> patents = new ArrayList<>();
        GRAPH.patents().forEach(patents::add);
        return List.copyOf(patents);
    }
}
