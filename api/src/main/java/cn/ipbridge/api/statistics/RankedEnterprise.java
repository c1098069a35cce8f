package cn.ipbridge.api.statistics;

import cn.ipbridge.api.enterprise.Enterprise;

/** A firm's place in a ranking and the value it was ranked by. */
public record RankedEnterprise(int rank, Enterprise enterprise, double value) {
}
