package cn.ipbridge.graph.taxonomy;

/** The levels of the IPC hierarchy, broadest first. */
public enum IpcLevel {
    SECTION, CLASS, SUBCLASS, MAIN_GROUP, SUBGROUP
}
