/**
 * Recording the programme's work: mutations for visits, events, deals, service cases, best cases, enterprises,
 * officer assignments, key trademarks and notices, each one write transaction with its audit change; the audit
 * trail query; and the notice feeds other platforms pull.
 */
package cn.ipbridge.api.operations;
