package cn.ipbridge.graph.taxonomy;

import java.util.List;

/**
 * One of Shanghai's strategic industries and the IPC subclasses its technology falls in
 * ({@code (:Industry)-[:COVERS]->(:IpcClass)}).
 */
public record Industry(String code, String name, String nameEn, List<String> ipcSubclasses) {

    public Industry {
        ipcSubclasses = List.copyOf(ipcSubclasses);
    }
}
