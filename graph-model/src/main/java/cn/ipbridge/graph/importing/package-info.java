/**
 * Imports the office's files (CSV, TSV, XLSX) into the graph through the write path: encoding and header detection,
 * row validation with the identifier codecs, applicant linking, reject files and the {@code Import} record.
 */
package cn.ipbridge.graph.importing;
