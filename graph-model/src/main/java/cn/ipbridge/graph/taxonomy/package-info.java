/**
 * The classifications the graph hangs on: the IPC scheme (Chinese 2026.01 and English core level), Shanghai's
 * districts and the city's strategic industries with the IPC subclasses each covers. {@link
 * cn.ipbridge.graph.taxonomy.IpcScheme} is the way into the IPC; where its files come from, under which licence and
 * what was wrong with them is in {@code ipc/SOURCES.md} next to them.
 */
package cn.ipbridge.graph.taxonomy;
