package cn.ipbridge.api.search;

import java.util.List;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.patent.Patent;
import cn.ipbridge.api.taxonomy.IpcClass;

/** One search result; the node of its kind is read in the same query. */
record SearchHit(SearchKind kind, String key, String label, List<String> labels, double score,
                 Enterprise enterprise, Patent patent, IpcClass ipcClass) {
}
