package cn.ipbridge.graph.identifier;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a mod-31 check character.
 * Only the character set and the check are enforced; the alphabets of positions 1 and 2 (registration authority,
 * organisation type) are not, so that a code issued under a new authority is not rejected.
 *
 * @param value the normalised code: 18 characters, upper case, no spaces
 */
public record CreditCode(String value) {

    static final String KIND = "credit code";
    /** Index in this string is a character's value; I, O, S, V, Z are left out to avoid confusion with 1, 0, 5, 2. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 3^(i-1) mod 31 for positions 1..17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    public CreditCode {
        requireValid(value, value);
    }

    /** Trims, drops inner spaces and hyphens, folds full-width characters and upper-cases, then validates. */
    public static CreditCode parse(String raw) {
        String code = normalise(raw);
        requireValid(code, raw);
        return new CreditCode(code);
    }

    public static boolean isValid(String raw) {
        return brokenRule(normalise(raw)) == null;
    }

    /** The code made of these 17 characters and their check character. */
    public static CreditCode complete(String first17) {
        String body = normalise(first17);
        return new CreditCode(body + checkCharacter(body));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        String body = normalise(first17);
        String broken = brokenCharacters(body, LENGTH - 1);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, first17, broken);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += CHARSET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        // 31 - (sum mod 31), with 31 written as 0: i.e. the value that brings the weighted sum to 0 mod 31
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** Positions 3-8: the GB/T 2260 administrative division where the code was issued, e.g. "310115". */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        String folded = RawInput.fold(raw);
        return folded == null ? null : folded.replace("-", "");
    }

    private static void requireValid(String code, String shownAs) {
        String broken = brokenRule(code);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, shownAs, broken);
        }
    }

    /** The first rule this normalised code breaks, or null. */
    private static String brokenRule(String code) {
        String broken = brokenCharacters(code, LENGTH);
        if (broken != null) {
            return broken;
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        char actual = code.charAt(LENGTH - 1);
        return expected == actual ? null : "check character should be " + expected + ", was " + actual;
    }

    private static String brokenCharacters(String s, int length) {
        if (s == null || s.isEmpty()) {
            return "must not be blank";
        }
        if (s.length() != length) {
            return "length should be " + length + " characters, was " + s.length();
        }
        for (int i = 0; i < s.length(); i++) {
            if (CHARSET.indexOf(s.charAt(i)) < 0) {
                return "character " + RawInput.describe(s, i)
                        + " is not allowed (digits and upper-case letters except I, O, S, V, Z)";
            }
        }
        return null;
    }
}
