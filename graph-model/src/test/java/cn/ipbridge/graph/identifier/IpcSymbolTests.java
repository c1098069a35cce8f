package cn.ipbridge.graph.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipbridge.graph.taxonomy.IpcLevel;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpcSymbolTests {

    /** 60 real applications transcribed from chenxiaomon/cnipa-patent-collector (no licence stated there). */
    static List<Map<String, String>> sixtyApplications() {
        return TestData.sixtyApplications();
    }

    @ParameterizedTest
    @MethodSource("sixtyApplications")
    void acceptsEveryMainIpcOfTheSixtySample(Map<String, String> row) {
        IpcSymbol symbol = IpcSymbol.parse(row.get("main_ipc"));

        assertThat(symbol.compact()).isEqualTo(row.get("main_ipc"));
        assertThat(symbol.level()).isIn(IpcLevel.MAIN_GROUP, IpcLevel.SUBGROUP);
        assertThat(IpcSymbol.parse(symbol.padded())).isEqualTo(symbol);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H01M 50/609", "H01M50/609", "H01M0050609000", "h01m 50/609", "Ｈ０１Ｍ　５０／６０９",
            " H01M  50 / 609 ", "H01M050/609", "H01M50/6090"})
    void acceptsTheSpellingsOfOneSubgroup(String spelling) {
        IpcSymbol symbol = IpcSymbol.parse(spelling);

        assertThat(symbol).isEqualTo(new IpcSymbol("H01M", 50, "609"));
        assertThat(symbol.compact()).isEqualTo("H01M50/609");
        assertThat(symbol.display()).isEqualTo("H01M 50/609");
        assertThat(symbol.padded()).isEqualTo("H01M0050609000");
        assertThat(symbol.level()).isEqualTo(IpcLevel.SUBGROUP);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            H               | H          | H              | SECTION
            h01             | H01        | H01            | CLASS
            H01M            | H01M       | H01M           | SUBCLASS
            H01M 50/00      | H01M50/00  | H01M0050000000 | MAIN_GROUP
            A01B0001000000  | A01B1/00   | A01B0001000000 | MAIN_GROUP
            A61K 35/744     | A61K35/744 | A61K0035744000 | SUBGROUP
            G06F17/30       | G06F17/30  | G06F0017300000 | SUBGROUP
            A23L 33/135     | A23L33/135 | A23L0033135000 | SUBGROUP
            C12N 2310/3515  | C12N2310/3515 | C12N2310351500 | SUBGROUP
            """)
    void readsEveryLevelInCompactAndPaddedForms(String raw, String compact, String padded, IpcLevel level) {
        IpcSymbol symbol = IpcSymbol.parse(raw);

        assertThat(symbol.compact()).isEqualTo(compact);
        assertThat(symbol.padded()).isEqualTo(padded);
        assertThat(symbol.level()).isEqualTo(level);
    }

    @Test
    void walksUpFromSubgroupToSection() {
        IpcSymbol subgroup = IpcSymbol.parse("H01M 50/609");

        assertThat(subgroup.parent().compact()).isEqualTo("H01M50/00");
        assertThat(subgroup.parent().parent().compact()).isEqualTo("H01M");
        assertThat(subgroup.parent().parent().parent().compact()).isEqualTo("H01");
        assertThat(subgroup.parent().parent().parent().parent().compact()).isEqualTo("H");
        assertThat(subgroup.parent().parent().parent().parent().parent()).isNull();
    }

    @Test
    void exposesSectionAndClass() {
        IpcSymbol symbol = IpcSymbol.parse("D01F6/92");

        assertThat(symbol.section()).isEqualTo("D");
        assertThat(symbol.ipcClass()).isEqualTo("D01");
        assertThat(symbol.subclass()).isEqualTo("D01F");
        assertThat(symbol.mainGroup()).isEqualTo(6);
        assertThat(symbol.subgroup()).isEqualTo("92");
        assertThat(IpcSymbol.parse("D").ipcClass()).isNull();
    }

    @Test
    void keepsTwoSubgroupDigitsButDropsFurtherTrailingZeros() {
        // the padded form fills the subgroup with zeros, so /10 and /100 are the same symbol
        assertThat(IpcSymbol.parse("B25J 9/10").subgroup()).isEqualTo("10");
        assertThat(IpcSymbol.parse("B25J 9/100").subgroup()).isEqualTo("10");
        assertThat(IpcSymbol.parse("B25J0009100000").subgroup()).isEqualTo("10");
        assertThat(IpcSymbol.parse("B25J 9/00").level()).isEqualTo(IpcLevel.MAIN_GROUP);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I01M 50/609      | section should be a letter A to H, was I
            Z                | section should be a letter A to H, was Z
            150/609          | section should be a letter A to H, was 1
            H1M 50/609       | class should be two digits after the section letter
            H0               | class should be two digits after the section letter
            H011 50/609      | subclass should be a letter after the class digits, was 1
            H01M 12345/00    | main group should be 1 to 4 digits, was '12345'
            H01M /00         | main group should be 1 to 4 digits, was ''
            H01M 50/6        | subgroup should be 2 to 6 digits after the slash, was '6'
            H01M 50/1234567  | subgroup should be 2 to 6 digits after the slash, was '1234567'
            H01M 50/6a       | subgroup should be 2 to 6 digits after the slash, was '6A'
            H01M 50          | after the subclass expected main group/subgroup (50/609) or 10 padded digits (0050609000), was '50'
            H01M00506090     | after the subclass expected main group/subgroup (50/609) or 10 padded digits (0050609000), was '00506090'
            H01M 0/00        | main group should not be 0
            H01M0000000000   | main group should not be 0
            """)
    void rejectsMalformedSymbolNamingTheRule(String raw, String rule) {
        assertThatThrownBy(() -> IpcSymbol.parse(raw))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e).hasMessage("IPC symbol " + raw + ": " + rule);
                    assertThat(e.kind()).isEqualTo("IPC symbol");
                    assertThat(e.rule()).isEqualTo(rule);
                });
        assertThat(IpcSymbol.isValid(raw)).isFalse();
    }

    @Test
    void rejectsBlankAndNullWithoutNullPointerException() {
        assertThatThrownBy(() -> IpcSymbol.parse(null)).hasMessage("IPC symbol null: must not be blank");
        assertThat(IpcSymbol.isValid("")).isFalse();
    }

    @Test
    void constructorRejectsInconsistentComponents() {
        assertThatThrownBy(() -> new IpcSymbol("H01M", 50, null)).hasMessageContaining("go together");
        assertThatThrownBy(() -> new IpcSymbol("H01", 50, "00")).hasMessageContaining("full subclass");
        assertThatThrownBy(() -> new IpcSymbol("H01M", 50, "6090")).hasMessageContaining("trailing zeros");
        assertThatThrownBy(() -> new IpcSymbol("h01m", null, null)).hasMessageContaining("section letter");
    }

    @Property
    void theThreeSpellingsAreEqual(@ForAll("symbols") IpcSymbol symbol) {
        assertThat(IpcSymbol.parse(symbol.compact())).isEqualTo(symbol);
        assertThat(IpcSymbol.parse(symbol.display())).isEqualTo(symbol);
        assertThat(IpcSymbol.parse(symbol.padded())).isEqualTo(symbol);
        assertThat(IpcSymbol.parse(symbol.display().toLowerCase())).isEqualTo(symbol);
    }

    @Property
    void parentIsOneLevelUp(@ForAll("symbols") IpcSymbol symbol) {
        IpcSymbol parent = symbol.parent();

        if (symbol.level() == IpcLevel.SECTION) {
            assertThat(parent).isNull();
        } else {
            assertThat(parent.level().ordinal()).isEqualTo(symbol.level().ordinal() - 1);
            assertThat(symbol.compact()).startsWith(parent.compact().replace("/00", "/"));
        }
    }

    @Provide
    Arbitrary<IpcSymbol> symbols() {
        Arbitrary<String> section = Arbitraries.chars().range('A', 'H').map(String::valueOf);
        Arbitrary<String> ipcClass = Combinators.combine(section, Arbitraries.strings().numeric().ofLength(2))
                .as(String::concat);
        Arbitrary<String> subclass = Combinators.combine(ipcClass, Arbitraries.chars().range('A', 'Z'))
                .as((c, letter) -> c + letter);
        // subgroups as the scheme writes them: two digits, or more without a trailing zero
        Arbitrary<String> subgroup = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(2),
                Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(6).filter(s -> !s.endsWith("0")));
        Arbitrary<IpcSymbol> group = Combinators.combine(subclass, Arbitraries.integers().between(1, 9999), subgroup)
                .as(IpcSymbol::new);
        return Arbitraries.frequencyOf(
                Tuple.of(1, section.map(s -> new IpcSymbol(s, null, null))),
                Tuple.of(1, ipcClass.map(c -> new IpcSymbol(c, null, null))),
                Tuple.of(1, subclass.map(s -> new IpcSymbol(s, null, null))),
                Tuple.of(6, group));
    }
}
