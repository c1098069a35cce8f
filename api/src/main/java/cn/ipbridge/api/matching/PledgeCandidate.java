package cn.ipbridge.api.matching;

import cn.ipbridge.api.enterprise.Enterprise;
import cn.ipbridge.api.patent.Patent;

/** A granted invention a firm could pledge, with its value score and the years of protection it has left. */
record PledgeCandidate(Patent patent, Enterprise enterprise, double value, double remainingYears) {
}
