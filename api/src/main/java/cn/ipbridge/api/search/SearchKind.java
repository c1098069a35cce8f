package cn.ipbridge.api.search;

/** What search looks through, each backed by one cjk full-text index. */
enum SearchKind {
    ENTERPRISE("enterprise_fulltext", "node.uscc", "node.name"),
    PATENT("patent_fulltext", "node.applicationNumber", "node.title"),
    ORGANISATION("organisation_fulltext", "node.name", "node.name"),
    IPC_CLASS("ipc_class_fulltext", "node.code", "coalesce(node.titleZh, node.titleEn)");

    final String index;
    final String key;
    final String label;

    SearchKind(String index, String key, String label) {
        this.index = index;
        this.key = key;
        this.label = label;
    }
}
