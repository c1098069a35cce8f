/**
 * Matchmaking: who fits whom and why. Every match carries a score in [0, 1], the factors that made it and the
 * graph paths that explain it. Needs are derived from the graph and stated; technology fit follows the IPC
 * hierarchy. Formulas and weights: {@link cn.ipbridge.api.matching.MatchingSettings} and the README.
 */
package cn.ipbridge.api.matching;
