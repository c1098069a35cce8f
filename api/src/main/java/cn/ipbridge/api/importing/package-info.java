/** File imports: the {@code import} command line (and, later, GraphQL upload jobs) over graph-model's importer. */
package cn.ipbridge.api.importing;
