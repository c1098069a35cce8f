package cn.ipbridge.graph.identifier;

/**
 * A patent publication number (公开/公告号): country code, serial digits and a kind code, e.g. CN120311336A.
 * Chinese numbers have 7 digits (until 2007) to 9 digits; other countries' digits are not checked.
 *
 * @param country two upper-case letters, "CN"
 * @param number  the digits, "120311336"
 * @param kind    a letter, optionally followed by a digit: "A", "B", "U", "S", "A1"
 */
public record PublicationNumber(String country, String number, String kind) {

    static final String KIND = "publication number";
    /**
     * Kind letters of Chinese grants: B (invention, since 2010), C (invention, 1993-2010), U (utility model,
     * since 2010), Y (utility model, 1993-2010), S (design), D (design, 1993-2010). A is an application.
     */
    private static final String GRANT_KINDS = "BCUYSD";

    public PublicationNumber {
        String broken = brokenRule(country, number, kind);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, country + number + kind, broken);
        }
    }

    /** Accepts "CN120311336A", "CN 120311336 A", "cn1016566b", full-width characters, "A1"-style kind codes. */
    public static PublicationNumber parse(String raw) {
        String s = RawInput.fold(raw);
        if (s == null || s.isEmpty()) {
            throw new InvalidIdentifierException(KIND, raw, "must not be blank");
        }
        int digitsStart = 0;
        while (digitsStart < s.length() && isLetter(s.charAt(digitsStart))) {
            digitsStart++;
        }
        int digitsEnd = digitsStart;
        while (digitsEnd < s.length() && isDigit(s.charAt(digitsEnd))) {
            digitsEnd++;
        }
        String country = s.substring(0, digitsStart);
        String number = s.substring(digitsStart, digitsEnd);
        String kind = s.substring(digitsEnd);
        String broken = brokenRule(country, number, kind);
        if (broken != null) {
            throw new InvalidIdentifierException(KIND, raw, broken);
        }
        return new PublicationNumber(country, number, kind);
    }

    public static boolean isValid(String raw) {
        return InvalidIdentifierException.isAbsentWhen(() -> parse(raw));
    }

    /** The graph key, e.g. "CN120311336A". */
    public String value() {
        return country + number + kind;
    }

    /** Whether the kind code marks a granted patent rather than a published application (Chinese kind codes). */
    public boolean granted() {
        return GRANT_KINDS.indexOf(kind.charAt(0)) >= 0;
    }

    @Override
    public String toString() {
        return value();
    }

    private static String brokenRule(String country, String number, String kind) {
        if (country == null || country.length() != 2 || !isLetter(country.charAt(0)) || !isLetter(country.charAt(1))) {
            return "should start with a two-letter country code such as CN, was '" + country + "'";
        }
        if (number == null || number.isEmpty() || !number.chars().allMatch(c -> isDigit((char) c))) {
            return "the country code should be followed by digits, was '" + number + "'";
        }
        if (country.equals("CN") && (number.length() < 7 || number.length() > 9)) {
            return "a CN number should have 7 to 9 digits, had " + number.length();
        }
        if (kind == null || kind.isEmpty() || kind.length() > 2 || !isLetter(kind.charAt(0))
                || (kind.length() == 2 && !isDigit(kind.charAt(1)))) {
            return "should end in a kind code: a letter, optionally followed by a digit, was '" + kind + "'";
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
