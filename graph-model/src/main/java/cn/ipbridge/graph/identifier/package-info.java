/** Parsing, validating and normalising the identifiers the graph is keyed on: credit codes, patent numbers and IPC symbols. */
package cn.ipbridge.graph.identifier;
