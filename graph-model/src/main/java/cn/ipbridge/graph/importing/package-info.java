/**
 * Imports the office's files (CSV, TSV, XLSX) into the graph through the write path: encoding and header detection,
 * row validation with the identifier codecs, applicant linking, reject files, the {@code Import} record, and the
 * {@code ImportJob} node that holds a background job's state for every API instance.
 */
package cn.ipbridge.graph.importing;
