/**
 * The one way into the graph: batched, idempotent ({@code MERGE}) writes over the Java driver, each batch its own
 * write transaction, used alike by the generator, the importers and the taxonomy loader.
 */
package cn.ipbridge.graph.write;
