/**
 * The graph's vocabulary as Java values: what the generator and the importers produce and the write path stores.
 * Labels, keys and relationship types are documented in graph-model/README.md.
 */
package cn.ipbridge.graph.model;
