package cn.ipbridge.graph.generator;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;

import cn.ipbridge.graph.identifier.CreditCode;

/**
 * Unified social credit codes as a Shanghai company's are made: 9 (registered by the market regulator) 1 (an
 * enterprise), the district's GB/T 2260 code, a 9-character organisation code and the GB 32100 check character from
 * {@link CreditCode#complete}. Firms registered since 2016 get the new-style "MA..." organisation codes, older ones
 * the 8 digits and check of their former organisation code. Codes are unique.
 */
final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int NEW_STYLE_SINCE = 2016;

    private final Set<String> taken = new HashSet<>();

    String next(RandomGenerator random, String districtAdcode, int foundedYear) {
        while (true) {
            String organisation = foundedYear >= NEW_STYLE_SINCE
                    ? "MA1" + chars(random, CHARSET, 6)
                    : chars(random, "0123456789", 8) + chars(random, "0123456789X", 1);
            String code = CreditCode.complete("91" + districtAdcode + organisation).value();
            if (taken.add(code)) {
                return code;
            }
        }
    }

    private static String chars(RandomGenerator random, String alphabet, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
