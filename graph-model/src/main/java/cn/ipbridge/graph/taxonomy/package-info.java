/**
 * The classifications the graph hangs on: the IPC scheme (Chinese 2026.01 and English core level), Shanghai's
 * districts and the city's strategic industries with the IPC subclasses each covers.
 */
package cn.ipbridge.graph.taxonomy;
