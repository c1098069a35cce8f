package cn.ipbridge.graph.model;

import java.util.List;

/** An expert the office can call on, and the IPC fields they know. */
public record Expert(String id, String name, String organisation, String field, List<String> ipcSpecialities) {

    public Expert {
        ipcSpecialities = ipcSpecialities == null ? List.of() : List.copyOf(ipcSpecialities);
    }
}
