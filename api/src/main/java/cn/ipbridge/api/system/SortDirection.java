package cn.ipbridge.api.system;

/** The {@code SortDirection} enum; its names are also the Cypher keywords. */
public enum SortDirection {
    ASC, DESC
}
