/**
 * Exploring the graph as something to draw: the neighbourhood of a node, the shortest path between two nodes and
 * what two firms have in common, each as nodes and edges. Its node and edge types also carry the paths that
 * explain a match. A DISTRICT account sees only its own firms, their records and public nodes (VisibleNodes).
 */
package cn.ipbridge.api.explore;
