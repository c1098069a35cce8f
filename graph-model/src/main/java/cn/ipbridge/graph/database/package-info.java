/** Starting the embedded Neo4j engine and bringing any database's schema up to date. */
package cn.ipbridge.graph.database;
