package cn.ipbridge.graph.identifier;

import cn.ipbridge.graph.model.PatentType;

/**
 * A Chinese patent application number (申请号) with its check character. Since 2003-10-01 it is 12 digits: filing
 * year, type digit, 7-digit serial; before that 8 digits: two-digit year, type digit, 5-digit serial. The check is
 * the digits weighted 2,3,...,9 (cycling from the left), summed, mod 11, with 10 written X.
 *
 * @param digits the 12 (or 8) digits without the check character
 * @param check  the check character, a digit or upper-case X
 */
public record ApplicationNumber(String digits, char check) {

    static final String KIND = "application number";

    public ApplicationNumber {
        String broken = brokenRule(digits, check);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, digits + "." + check, broken);
        }
    }

    /**
     * Accepts the spellings found in the wild: CN202311776587.0, 202311776587.0, 2023117765870,
     * ZL202311776587.0, "ZL 2023 1 1776587.0", a lower-case x, full-width characters, and the 8-digit
     * pre-2003 forms (98123456.9, CN981234569, ZL98123456.9).
     */
    public static ApplicationNumber parse(String raw) {
        Reading reading = read(raw);
        if (reading.broken() != null) {
            throw new InvalidIdentifierException(KIND, raw, reading.broken());
        }
        return new ApplicationNumber(reading.digits(), reading.check());
    }

    public static boolean isValid(String raw) {
        return read(raw).broken() == null;
    }

    /** The application number made of these 12 (or 8) digits and their check character. */
    public static ApplicationNumber complete(String digits) {
        return new ApplicationNumber(digits, checkCharacter(digits));
    }

    /** The check character for 12 (or 8) digits; only their length and being digits is validated here. */
    public static char checkCharacter(String digits) {
        String broken = brokenShape(digits);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, digits, broken);
        }
        return checkOf(digits);
    }

    /** The graph key: digits, a dot, the check character, e.g. "202311776587.0". */
    public String normalised() {
        return digits + "." + check;
    }

    /** The form printed on CNIPA documents, e.g. "CN202311776587.0". */
    public String display() {
        return "CN" + normalised();
    }

    /** The filing year; 8-digit numbers carry two digits, 85-99 meaning 19YY and 00-03 meaning 20YY. */
    public int filingYear() {
        return filingYear(digits);
    }

    public PatentType patentType() {
        return switch (typeDigit(digits)) {
            case '1', '8' -> PatentType.INVENTION;
            case '2', '9' -> PatentType.UTILITY_MODEL;
            default -> PatentType.DESIGN;
        };
    }

    /** Whether this is a PCT application entering the Chinese national phase (type digit 8 or 9). */
    public boolean pct() {
        char type = typeDigit(digits);
        return type == '8' || type == '9';
    }

    @Override
    public String toString() {
        return normalised();
    }

    /** What a raw input says, with the first rule it breaks (null if none). */
    private record Reading(String digits, char check, String broken) {

        static Reading failed(String broken) {
            return new Reading(null, ' ', broken);
        }
    }

    private static Reading read(String raw) {
        String s = RawInput.fold(raw);
        if (s == null || s.isEmpty()) {
            return Reading.failed("must not be blank");
        }
        // ZL (专利) prefixes a granted patent's number, CN the office; neither is part of the number
        if (s.startsWith("CN") || s.startsWith("ZL")) {
            s = s.substring(2);
        }
        int dot = s.indexOf('.');
        if (dot >= 0) {
            if (dot != s.length() - 2) {
                return Reading.failed("a dot may only stand right before the final check character");
            }
            s = s.substring(0, dot) + s.charAt(dot + 1);
        }
        if (s.length() != 13 && s.length() != 9) {
            return Reading.failed("length should be 12 digits (8 before 2003-10-01) plus the check character, was "
                    + s.length() + " characters");
        }
        String digits = s.substring(0, s.length() - 1);
        char check = s.charAt(s.length() - 1);
        return new Reading(digits, check, brokenRule(digits, check));
    }

    /** The first rule these digits and check character break, or null. */
    private static String brokenRule(String digits, char check) {
        String broken = brokenDigits(digits);
        if (broken != null) {
            return broken;
        }
        if ((check < '0' || check > '9') && check != 'X') {
            return "check character should be a digit or X, was " + check;
        }
        char expected = checkOf(digits);
        return expected == check ? null : "check character should be " + expected + ", was " + check;
    }

    /** The first rule about length and characters these digits break, or null. */
    private static String brokenShape(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "must not be blank";
        }
        if (digits.length() != 12 && digits.length() != 8) {
            return "should have 12 digits (8 before 2003-10-01) before the check character, had "
                    + digits.length();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return "character " + RawInput.describe(digits, i) + " should be a digit";
            }
        }
        return null;
    }

    /** The first rule these digits (without check) break, or null. */
    private static String brokenDigits(String digits) {
        String broken = brokenShape(digits);
        if (broken != null) {
            return broken;
        }
        int year = filingYear(digits);
        if (digits.length() == 12 && year < 2003) {
            return "12-digit numbers were introduced in 2003, year was " + year;
        }
        if (digits.length() == 8 && year > 2003) {
            // the 8-digit scheme ran from 1985 (the first Chinese patent law) to 2003-09-30
            return "8-digit numbers have a year from 85 to 03, was " + digits.substring(0, 2);
        }
        char type = typeDigit(digits);
        if ("12389".indexOf(type) < 0) {
            return "type digit should be 1, 2, 3, 8 or 9, was " + type;
        }
        return null;
    }

    private static int filingYear(String digits) {
        if (digits.length() == 12) {
            return Integer.parseInt(digits.substring(0, 4));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return yy >= 85 ? 1900 + yy : 2000 + yy;
    }

    private static char typeDigit(String digits) {
        return digits.charAt(digits.length() == 12 ? 4 : 2);
    }

    private static char checkOf(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
