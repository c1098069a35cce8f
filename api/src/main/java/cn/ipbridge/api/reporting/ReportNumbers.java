package cn.ipbridge.api.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report writes its numbers: whole numbers bare, amounts to two places, changes signed, rates in %. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    static String value(Double value) {
        if (value == null) {
            return "—";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    static String change(Double change) {
        return change == null ? "—" : (change > 0 ? "+" : "") + value(change);
    }

    static String rate(Double rate) {
        return rate == null ? "—" : (rate > 0 ? "+" : "") + value(rate * 100) + "%";
    }
}
