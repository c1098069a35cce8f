package cn.ipbridge.graph.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationNumberTests {

    /** 60 real applications transcribed from chenxiaomon/cnipa-patent-collector (no licence stated there). */
    static List<Map<String, String>> sixtyApplications() {
        return TestData.sixtyApplications();
    }

    @ParameterizedTest
    @MethodSource("sixtyApplications")
    void acceptsEveryPublicationNumberOfTheSixtySample(Map<String, String> row) {
        PublicationNumber number = PublicationNumber.parse(row.get("publication_no"));

        assertThat(number.value()).isEqualTo(row.get("publication_no"));
        assertThat(number.country()).isEqualTo("CN");
        assertThat(number.granted()).as("all sixty are A publications of pending applications").isFalse();
    }

    @Test
    void splitsIntoCountryNumberAndKind() {
        assertThat(PublicationNumber.parse("CN120311336A"))
                .isEqualTo(new PublicationNumber("CN", "120311336", "A"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN 120311336 A", "cn120311336a", " CN120311336A ", "ＣＮ１２０３１１３３６Ａ"})
    void ignoresSpacingCaseAndFullWidth(String spelling) {
        assertThat(PublicationNumber.parse(spelling).value()).isEqualTo("CN120311336A");
    }

    @Test
    void acceptsSevenDigitNumbersFromBefore2007() {
        PublicationNumber old = PublicationNumber.parse("cn1016566b");

        assertThat(old).isEqualTo(new PublicationNumber("CN", "1016566", "B"));
        assertThat(old.toString()).isEqualTo("CN1016566B");
    }

    @Test
    void acceptsKindCodeWithDigit() {
        assertThat(PublicationNumber.parse("CN120311336A8").kind()).isEqualTo("A8");
        assertThat(PublicationNumber.parse("EP1234567B1"))
                .isEqualTo(new PublicationNumber("EP", "1234567", "B1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN117182752B", "CN1016566C", "CN219876543U", "CN2345678Y", "CN308765432S"})
    void treatsGrantKindCodesAsGranted(String number) {
        assertThat(PublicationNumber.parse(number).granted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN120311336A", "CN120311336A8"})
    void treatsApplicationKindCodesAsNotGranted(String number) {
        assertThat(PublicationNumber.parse(number).granted()).isFalse();
    }

    @Test
    void rejectsPublicationNumberWithoutKindCode() {
        assertThatThrownBy(() -> PublicationNumber.parse("CN120311336"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.kind()).isEqualTo("publication number");
                    assertThat(e.value()).isEqualTo("CN120311336");
                    assertThat(e.rule()).startsWith("should end in a kind code");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN120311336AB", "CN120311336A12", "CN120311336-A"})
    void rejectsMalformedKindCode(String number) {
        assertThatThrownBy(() -> PublicationNumber.parse(number))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(number)
                .hasMessageContaining("should end in a kind code: a letter, optionally followed by a digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"120311336A", "C120311336A", "CHN120311336A"})
    void rejectsMissingOrMalformedCountryCode(String number) {
        assertThatThrownBy(() -> PublicationNumber.parse(number))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("should start with a two-letter country code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN123456A", "CN1203113360A"})
    void rejectsChineseNumberOutsideSevenToNineDigits(String number) {
        assertThatThrownBy(() -> PublicationNumber.parse(number))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("a CN number should have 7 to 9 digits");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hello     | should start with a two-letter country code such as CN, was 'HELLO'
            CNA       | should start with a two-letter country code such as CN, was 'CNA'
            CN        | the country code should be followed by digits, was ''
            CN/12345A | the country code should be followed by digits, was ''
            """)
    void rejectsGarbageNamingTheBrokenRule(String garbage, String rule) {
        assertThatThrownBy(() -> PublicationNumber.parse(garbage))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("publication number " + garbage + ": " + rule);
        assertThat(PublicationNumber.isValid(garbage)).isFalse();
    }

    @Test
    void rejectsBlankAndNullWithoutNullPointerException() {
        assertThatThrownBy(() -> PublicationNumber.parse(null)).hasMessage("publication number null: must not be blank");
        assertThat(PublicationNumber.isValid(" ")).isFalse();
    }

    @Property
    void valueIsAFixedPoint(@ForAll("numbers") PublicationNumber number) {
        assertThat(PublicationNumber.parse(number.value())).isEqualTo(number);
        assertThat(PublicationNumber.parse(number.value().toLowerCase()).value()).isEqualTo(number.value());
    }

    @Property
    void spacesBetweenPartsDoNotMatter(@ForAll("numbers") PublicationNumber number) {
        String spaced = number.country() + " " + number.number() + " " + number.kind();

        assertThat(PublicationNumber.parse(spaced)).isEqualTo(number);
    }

    @Provide
    Arbitrary<PublicationNumber> numbers() {
        Arbitrary<String> kind = Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.of("", "1", "2", "8", "9"))
                .as((letter, digit) -> letter + digit);
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(9), kind)
                .as((digits, k) -> new PublicationNumber("CN", digits, k));
    }
}
