/**
 * What every feature stands on: the connection to Neo4j (embedded by default, external by configuration),
 * the schema and first data set at start, GraphQL scalars, errors and paging.
 */
package cn.ipbridge.api.system;
