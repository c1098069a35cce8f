/**
 * Key-enterprise service lists (重点企业服务清单): SRDI firms segmented by their IP situation, saved as named lists
 * that officers take responsibility for. Segments are computed in Java from one read, because two of them
 * (high-value portfolio, pledge-ready) need the patent value score.
 */
package cn.ipbridge.api.keylists;
