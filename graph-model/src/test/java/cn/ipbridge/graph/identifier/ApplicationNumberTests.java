package cn.ipbridge.graph.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipbridge.graph.model.PatentType;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationNumberTests {

    static List<String> publishedNumbers() {
        return TestData.vectors("cn_appno");
    }

    /** 60 real applications transcribed from chenxiaomon/cnipa-patent-collector (no licence stated there). */
    static List<Map<String, String>> sixtyApplications() {
        return TestData.sixtyApplications();
    }

    @ParameterizedTest
    @MethodSource("publishedNumbers")
    void acceptsPublishedApplicationNumbers(String number) {
        assertThat(ApplicationNumber.isValid(number)).isTrue();
        ApplicationNumber parsed = ApplicationNumber.parse(number);
        assertThat(ApplicationNumber.complete(parsed.digits())).isEqualTo(parsed);
    }

    @ParameterizedTest
    @MethodSource("sixtyApplications")
    void acceptsEveryApplicationNumberOfTheSixtySample(Map<String, String> row) {
        ApplicationNumber number = ApplicationNumber.parse(row.get("application_no"));

        assertThat(number.digits() + number.check()).isEqualTo(row.get("application_no"));
        assertThat(number.patentType().nameZh()).isEqualTo(row.get("patent_type"));
        assertThat(number.filingYear()).isEqualTo(Integer.parseInt(row.get("filing_date").substring(0, 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN202311776587.0", "202311776587.0", "2023117765870", "ZL202311776587.0",
            "ZL 2023 1 1776587.0", "cn202311776587.0", " zl２０２３１１７７６５８７．０ ", "CN 202311776587.0"})
    void acceptsTheSpellingsFoundInTheWild(String spelling) {
        ApplicationNumber number = ApplicationNumber.parse(spelling);

        assertThat(number).isEqualTo(new ApplicationNumber("202311776587", '0'));
        assertThat(number.normalised()).isEqualTo("202311776587.0");
        assertThat(number.display()).isEqualTo("CN202311776587.0");
    }

    @Test
    void acceptsLowerCaseXAsCheckCharacter() {
        assertThat(ApplicationNumber.parse("cn202411003943.x").normalised()).isEqualTo("202411003943.X");
        assertThat(ApplicationNumber.parse("202310148883x").check()).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"98123456.9", "CN981234569", "ZL98123456.9", "ZL 98 1 23456.9"})
    void readsEightDigitNumbersFromBefore2003(String spelling) {
        ApplicationNumber number = ApplicationNumber.parse(spelling);

        assertThat(number.normalised()).isEqualTo("98123456.9");
        assertThat(number.filingYear()).isEqualTo(1998);
        assertThat(number.patentType()).isEqualTo(PatentType.INVENTION);
    }

    @Test
    void readsTwoDigitYearsUpTo03AsThisCentury() {
        assertThat(ApplicationNumber.complete("85100001").filingYear()).isEqualTo(1985);
        assertThat(ApplicationNumber.complete("00123456").filingYear()).isEqualTo(2000);
        assertThat(ApplicationNumber.complete("03212345").filingYear()).isEqualTo(2003);
    }

    @Test
    void readsPatentTypeAndPctFromTheTypeDigit() {
        assertThat(ApplicationNumber.complete("202310000001").patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(ApplicationNumber.complete("202320000001").patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(ApplicationNumber.complete("202330000001").patentType()).isEqualTo(PatentType.DESIGN);
        assertThat(ApplicationNumber.complete("202380000001").patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(ApplicationNumber.complete("202390000001").patentType()).isEqualTo(PatentType.UTILITY_MODEL);
        assertThat(ApplicationNumber.complete("202310000001").pct()).isFalse();
        assertThat(ApplicationNumber.complete("202380000001").pct()).isTrue();
        assertThat(ApplicationNumber.complete("202390000001").pct()).isTrue();
        assertThat(ApplicationNumber.complete("98323456").patentType()).isEqualTo(PatentType.DESIGN);
    }

    @Test
    void recognisesARealPctNationalPhaseApplication() {
        ApplicationNumber number = ApplicationNumber.parse("CN200680002871.0");

        assertThat(number.pct()).isTrue();
        assertThat(number.patentType()).isEqualTo(PatentType.INVENTION);
        assertThat(number.filingYear()).isEqualTo(2006);
    }

    @Test
    void computesCheckCharacterIncludingX() {
        assertThat(ApplicationNumber.checkCharacter("202311776587")).isEqualTo('0');
        assertThat(ApplicationNumber.checkCharacter("202310148883")).isEqualTo('X');
        assertThat(ApplicationNumber.complete("202310148883").normalised()).isEqualTo("202310148883.X");
    }

    @Test
    void rejectsApplicationNumberWithWrongCheckCharacter() {
        assertThatThrownBy(() -> ApplicationNumber.parse("CN202311776587.1"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e).hasMessage(
                            "application number CN202311776587.1: check character should be 0, was 1");
                    assertThat(e.kind()).isEqualTo("application number");
                    assertThat(e.value()).isEqualTo("CN202311776587.1");
                });
        // an eight-digit example in circulation fails its check: 98123456 takes 9
        assertThatThrownBy(() -> ApplicationNumber.parse("98123456.7"))
                .hasMessageContaining("check character should be 9, was 7");
        assertThat(ApplicationNumber.isValid("202411003943.0")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '4', '5', '6', '7'})
    void rejectsUnknownTypeDigit(char type) {
        String digits = "2023" + type + "1776587";
        // a correct check character, so that only the type digit is wrong
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (2 + i % 8);
        }
        String number = digits + "." + (sum % 11 == 10 ? "X" : String.valueOf(sum % 11));

        assertThatThrownBy(() -> ApplicationNumber.parse(number))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("application number " + number + ": type digit should be 1, 2, 3, 8 or 9, was " + type);
        assertThatThrownBy(() -> ApplicationNumber.complete(digits)).hasMessageContaining("type digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20231177658.0", "2023117765870.0", "CN2023", "123", "9812345.6"})
    void rejectsApplicationNumberOfWrongLength(String number) {
        assertThatThrownBy(() -> ApplicationNumber.parse(number))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(number)
                .hasMessageContaining("length should be 12 digits (8 before 2003-10-01) plus the check character");
    }

    @Test
    void rejectsYearsOutsideTheNumberingScheme() {
        assertThatThrownBy(() -> ApplicationNumber.complete("199910000001"))
                .hasMessageContaining("12-digit numbers were introduced in 2003, year was 1999");
        assertThatThrownBy(() -> ApplicationNumber.complete("50123456"))
                .hasMessageContaining("8-digit numbers have a year from 85 to 03, was 50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023.117765870", "20231177658.70", "202311776587..0"})
    void rejectsDotAnywhereButBeforeTheCheckCharacter(String number) {
        assertThatThrownBy(() -> ApplicationNumber.parse(number))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("a dot may only stand right before the final check character");
    }

    @Test
    void rejectsCheckCharacterThatIsNeitherDigitNorX() {
        assertThatThrownBy(() -> ApplicationNumber.parse("202311776587.A"))
                .hasMessageContaining("check character should be a digit or X, was A");
        assertThatThrownBy(() -> new ApplicationNumber("202311776587", 'x'))
                .hasMessageContaining("check character should be a digit or X, was x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a number!", "CN2023117765A70", "US202311776587.0", "2O23117765870"})
    void rejectsGarbageNamingTheBrokenRule(String garbage) {
        assertThatThrownBy(() -> ApplicationNumber.parse(garbage))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("application number " + garbage + ": ")
                .hasMessageMatching(".*(length should be|should be a digit).*");
    }

    @Test
    void rejectsBlankAndNullWithoutNullPointerException() {
        assertThatThrownBy(() -> ApplicationNumber.parse(null)).hasMessage("application number null: must not be blank");
        assertThatThrownBy(() -> ApplicationNumber.parse("")).hasMessageEndingWith("must not be blank");
        assertThat(ApplicationNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> ApplicationNumber.checkCharacter("2023117765"))
                .hasMessageContaining("should have 12 digits (8 before 2003-10-01) before the check character, had 10");
    }

    @Property
    void completedNumbersParseBackToThemselves(@ForAll("digits") String digits) {
        ApplicationNumber number = ApplicationNumber.complete(digits);

        assertThat(ApplicationNumber.parse(number.digits() + number.check())).isEqualTo(number);
        assertThat(number.digits()).isEqualTo(digits);
    }

    @Property
    void normalisedAndDisplayFormsAreFixedPoints(@ForAll("numbers") ApplicationNumber number) {
        assertThat(ApplicationNumber.parse(number.normalised())).isEqualTo(number);
        assertThat(ApplicationNumber.parse(number.display())).isEqualTo(number);
        assertThat(ApplicationNumber.parse(number.normalised()).normalised()).isEqualTo(number.normalised());
    }

    /**
     * Mod 11 is prime, the weights 2..9 are non-zero mod 11 and two digits differ by 1..9, so every substitution of a
     * digit changes the sum mod 11; a changed check character no longer matches.
     */
    @Property
    void anySingleDigitSubstitutionIsDetected(@ForAll("numbers") ApplicationNumber number,
                                              @ForAll @IntRange(min = 0, max = 12) int position,
                                              @ForAll("checkCharacters") char replacement) {
        String plain = number.digits() + number.check();
        Assume.that(position < plain.length());
        boolean atCheck = position == plain.length() - 1;
        Assume.that(plain.charAt(position) != replacement && (atCheck || replacement != 'X'));

        String changed = plain.substring(0, position) + replacement + plain.substring(position + 1);
        assertThat(ApplicationNumber.isValid(changed)).as(changed).isFalse();
    }

    /** Adjacent weights differ by 1 (or by 7 where 9 wraps to 2), never by 0 mod 11. */
    @Property
    void anyAdjacentDigitTranspositionIsDetected(@ForAll("numbers") ApplicationNumber number,
                                                 @ForAll @IntRange(min = 0, max = 10) int position) {
        String digits = number.digits();
        Assume.that(position + 1 < digits.length());
        Assume.that(digits.charAt(position) != digits.charAt(position + 1));

        String swapped = digits.substring(0, position) + digits.charAt(position + 1) + digits.charAt(position)
                + digits.substring(position + 2) + number.check();
        assertThat(ApplicationNumber.isValid(swapped)).as(swapped).isFalse();
    }

    @Provide
    Arbitrary<String> digits() {
        Arbitrary<String> type = Arbitraries.of("1", "2", "3", "8", "9");
        Arbitrary<String> since2003 = Combinators.combine(
                        Arbitraries.integers().between(2003, 2099).map(String::valueOf),
                        type,
                        Arbitraries.strings().numeric().ofLength(7))
                .as((year, t, serial) -> year + t + serial);
        Arbitrary<String> before2003 = Combinators.combine(
                        Arbitraries.of("85", "86", "90", "95", "99", "00", "01", "02", "03"),
                        type,
                        Arbitraries.strings().numeric().ofLength(5))
                .as((year, t, serial) -> year + t + serial);
        return Arbitraries.frequencyOf(
                Tuple.of(4, since2003),
                Tuple.of(1, before2003));
    }

    @Provide
    Arbitrary<ApplicationNumber> numbers() {
        return digits().map(ApplicationNumber::complete);
    }

    @Provide
    Arbitrary<Character> checkCharacters() {
        return Arbitraries.chars().with("0123456789X".toCharArray());
    }
}
