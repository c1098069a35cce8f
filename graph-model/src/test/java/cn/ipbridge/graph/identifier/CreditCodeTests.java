package cn.ipbridge.graph.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static List<String> publishedCodes() {
        return TestData.vectors("uscc");
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void acceptsPublishedCreditCodes(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(CreditCode.parse(code).value()).isEqualTo(code);
        assertThat(CreditCode.complete(code.substring(0, 17)).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void detectsEverySingleSubstitutionInPublishedCodes(String code) {
        // exhaustive: the property test below samples, this tries all 18 x 30 substitutions
        for (int position = 0; position < code.length(); position++) {
            for (char replacement : CHARSET.toCharArray()) {
                if (replacement != code.charAt(position)) {
                    String changed = replaceAt(code, position, replacement);
                    assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
                }
            }
        }
    }

    @Test
    void normalisesSpacesHyphensCaseAndFullWidthCharacters() {
        CreditCode expected = new CreditCode("91310110666007217T");

        assertThat(CreditCode.parse("  9131 0110-6660 0721 7t ")).isEqualTo(expected);
        assertThat(CreditCode.parse("９１３１０１１０６６６００７２１７Ｔ")).isEqualTo(expected);
        assertThat(CreditCode.parse("91310110666007217t").toString()).isEqualTo("91310110666007217T");
    }

    @Test
    void exposesDivisionCodeAtPositionsThreeToEight() {
        assertThat(CreditCode.parse("91310115591693856A").divisionCode()).isEqualTo("310115");
        assertThat(CreditCode.parse("9111010859963405XW").divisionCode()).isEqualTo("110108");
    }

    @Test
    void computesCheckCharacterFromFirstSeventeen() {
        assertThat(CreditCode.checkCharacter("91310110666007217")).isEqualTo('T');
        assertThat(CreditCode.checkCharacter("91220101123998915")).isEqualTo('9');
    }

    @Test
    void rejectsCreditCodeWithWrongCheckCharacter() {
        assertThatThrownBy(() -> CreditCode.parse("91310110666007217X"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e).hasMessage("credit code 91310110666007217X: check character should be T, was X");
                    assertThat(e.kind()).isEqualTo("credit code");
                    assertThat(e.value()).isEqualTo("91310110666007217X");
                    assertThat(e.rule()).isEqualTo("check character should be T, was X");
                });
        assertThat(CreditCode.isValid("91310110666007217X")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310110666007217", "91310110666007217TT", "9"})
    void rejectsCreditCodeOfWrongLength(String code) {
        assertThatThrownBy(() -> CreditCode.parse(code))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(code)
                .hasMessageContaining("length should be 18 characters, was " + code.length());
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void rejectsCreditCodeWithForbiddenLetter(char letter) {
        String code = replaceAt("91310110666007217T", 9, letter);

        assertThatThrownBy(() -> CreditCode.parse(code))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(code)
                .hasMessageContaining("character '" + letter + "' at position 10 is not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello, world!!!!!!", "91310110666007217#", "9131011066600721７Ｔ!"})
    void rejectsGarbageNamingTheFirstBadCharacter(String garbage) {
        assertThatThrownBy(() -> CreditCode.parse(garbage))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageMatching("credit code .*: (character '.' at position \\d+ is not allowed|length).*");
    }

    @Test
    void rejectsBlankAndNullWithoutNullPointerException() {
        assertThatThrownBy(() -> CreditCode.parse(null)).hasMessage("credit code null: must not be blank");
        assertThatThrownBy(() -> CreditCode.parse("  ")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageEndingWith("must not be blank");
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void completeRejectsPrefixOfWrongLengthOrCharacters() {
        assertThatThrownBy(() -> CreditCode.complete("9131011066600721"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("length should be 17 characters, was 16");
        assertThatThrownBy(() -> CreditCode.checkCharacter("9131011066600721O"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("character 'O' at position 17 is not allowed");
    }

    @Test
    void constructorRejectsValuesThatAreNotNormalised() {
        // the record's invariant: value() is always the normalised form, so new must not accept other spellings
        assertThatThrownBy(() -> new CreditCode("91310110666007217t"))
                .isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new CreditCode("9131 0110 6660 0721 7T"))
                .isInstanceOf(InvalidIdentifierException.class);
    }

    @Property
    void completedCodesParseBackToThemselves(@ForAll("prefixes") String first17) {
        CreditCode code = CreditCode.complete(first17);

        assertThat(code.value()).startsWith(first17).hasSize(18);
        assertThat(CreditCode.parse(code.value())).isEqualTo(code);
    }

    @Property
    void normalisedFormIsAFixedPoint(@ForAll("codes") CreditCode code) {
        assertThat(CreditCode.parse(code.value()).value()).isEqualTo(code.value());
        assertThat(CreditCode.parse(" " + code.value().toLowerCase() + " ")).isEqualTo(code);
    }

    /**
     * Holds for every position: 31 is prime, every weight 3^(i-1) is non-zero mod 31 and two characters differ by
     * 1..30, so a substitution always changes the weighted sum mod 31; and a changed check character no longer
     * matches.
     */
    @Property
    void anySingleSubstitutionIsDetected(@ForAll("codes") CreditCode code,
                                         @ForAll @IntRange(min = 0, max = 17) int position,
                                         @ForAll("charsetCharacters") char replacement) {
        Assume.that(code.value().charAt(position) != replacement);

        assertThat(CreditCode.isValid(replaceAt(code.value(), position, replacement))).isFalse();
    }

    /** Adjacent weights differ (w(i+1) = 3 w(i), and 2 w(i) is never 0 mod 31), so swaps before the check show. */
    @Property
    void anyAdjacentTranspositionBeforeTheCheckIsDetected(@ForAll("codes") CreditCode code,
                                                          @ForAll @IntRange(min = 0, max = 15) int position) {
        String value = code.value();
        Assume.that(value.charAt(position) != value.charAt(position + 1));

        String swapped = value.substring(0, position) + value.charAt(position + 1) + value.charAt(position)
                + value.substring(position + 2);
        assertThat(CreditCode.isValid(swapped)).isFalse();
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.strings().withChars(CHARSET.toCharArray()).ofLength(17);
    }

    @Provide
    Arbitrary<CreditCode> codes() {
        return prefixes().map(CreditCode::complete);
    }

    @Provide
    Arbitrary<Character> charsetCharacters() {
        return Arbitraries.chars().with(CHARSET.toCharArray());
    }

    private static String replaceAt(String s, int index, char c) {
        return s.substring(0, index) + c + s.substring(index + 1);
    }
}
