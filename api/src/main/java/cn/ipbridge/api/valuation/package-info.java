/**
 * Patent value: a documented score from indicators in the graph, and per-firm portfolio views (high-value
 * patents, chokepoint fields, gaps). Matchmaking builds on the score.
 */
package cn.ipbridge.api.valuation;
