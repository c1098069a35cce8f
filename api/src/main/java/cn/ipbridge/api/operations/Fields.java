package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import cn.ipbridge.api.system.BadArgumentException;
import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.CreditCode;
import cn.ipbridge.graph.identifier.InvalidIdentifierException;

/**
 * Checks of mutation input that need no database, each naming the field at fault as {@code input.<field>}.
 * References to other nodes are checked inside the write transaction ({@code RecordRefusedException}).
 */
final class Fields {

    static final int MAX_TEXT = 2_000;

    private Fields() {
    }

    static String name(String field) {
        return "input." + field;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadArgumentException(name(field), "must not be blank");
        }
        return optionalText(field, value);
    }

    static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadArgumentException(name(field), "at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    static List<String> texts(String field, List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> text(field, v)).toList();
    }

    static String uscc(String field, String raw) {
        try {
            return CreditCode.parse(text(field, raw)).value();
        } catch (InvalidIdentifierException e) {
            throw new BadArgumentException(name(field), e.getMessage());
        }
    }

    static List<String> applicationNumbers(String field, List<String> raw) {
        return raw == null ? List.of() : raw.stream().map(r -> {
            try {
                return ApplicationNumber.parse(text(field, r)).normalised();
            } catch (InvalidIdentifierException e) {
                throw new BadArgumentException(name(field), e.getMessage());
            }
        }).distinct().toList();
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new BadArgumentException(name(field), "is required");
        }
        return value;
    }

    static void notBefore(String field, LocalDate date, String earlierField, LocalDate earlier) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            throw new BadArgumentException(name(field), "must not be before " + earlierField + " (" + earlier + ")");
        }
    }

    static int atLeast(String field, Integer value, int minimum) {
        if (value == null || value < minimum) {
            throw new BadArgumentException(name(field), "must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    static int year(String field, Integer value) {
        int next = Year.now().getValue() + 1;
        if (value == null || value < 1990 || value > next) {
            throw new BadArgumentException(name(field), "must be a year from 1990 to " + next + ", was " + value);
        }
        return value;
    }
}
