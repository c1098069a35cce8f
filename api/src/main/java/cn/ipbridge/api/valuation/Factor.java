package cn.ipbridge.api.valuation;

/**
 * One ingredient of a score: its weight, its value in [0, 1], what it added ({@code weight * value / sum of
 * weights}) and, in words, the evidence behind the value.
 */
public record Factor(String name, double weight, double value, double contribution, String detail) {
}
