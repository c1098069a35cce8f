/**
 * The programme's accountability: progress against its yearly targets at any date (training sessions, trainees,
 * quarterly visits to key firms, SRDI firms served), the key firms overdue for a visit, and the half-year work
 * report (组织实施情况半年报告) read from the graph, in GraphQL, as XLSX, as a printable HTML page and from the
 * command line. Targets live here rather than in a package of their own: they are one section of what the
 * office reports, and both read the same operations records. A DISTRICT account gets all of it for its district
 * only (its firms, the events located in it), scoped inside each statement.
 */
package cn.ipbridge.api.reporting;
