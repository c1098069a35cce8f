package cn.ipbridge.graph.importing;

import java.util.List;

/** Receives a file's header, then its rows in order; readers push, so XLSX can be read by SAX. */
public interface RowSink {

    void header(List<String> names);

    void row(SourceRow row);
}
