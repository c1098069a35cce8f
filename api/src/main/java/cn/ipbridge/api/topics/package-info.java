/**
 * Topic databases (专题数据库): named collections of patents defined by a query, materialised on refresh, with
 * statistics, paged patents and CSV and XLSX exports.
 */
package cn.ipbridge.api.topics;
