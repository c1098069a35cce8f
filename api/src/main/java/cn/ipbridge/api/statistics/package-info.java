/**
 * Counts and aggregates for the overview and reports: firms by district, industry and SRDI level, patents by
 * year, type, legal status and IPC class (with drill-down), firms ranked by an aggregate, and the programme's
 * headline numbers. Every field costs one Cypher statement.
 */
package cn.ipbridge.api.statistics;
