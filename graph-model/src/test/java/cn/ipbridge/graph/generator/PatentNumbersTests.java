package cn.ipbridge.graph.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import cn.ipbridge.graph.identifier.ApplicationNumber;
import cn.ipbridge.graph.identifier.PublicationNumber;
import cn.ipbridge.graph.model.PatentType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PatentNumbersTests {

    @Property
    void applicationNumbersParseBackToTheirYearAndType(@ForAll @IntRange(min = 0, max = 3_999_999) int ordinal,
                                                      @ForAll PatentType type,
                                                      @ForAll @IntRange(min = 2005, max = 2026) int year) {
        String number = PatentNumbers.applicationNumber(PatentNumbers.applicationDigits(ordinal, type, year));
        ApplicationNumber parsed = ApplicationNumber.parse(number);
        assertThat(parsed.normalised()).isEqualTo(number);
        assertThat(parsed.filingYear()).isEqualTo(year);
        assertThat(parsed.patentType()).isEqualTo(type);
    }

    @Property
    void publicationNumbersParseWithTheirKind(@ForAll @IntRange(min = 0, max = 3_999_999) int ordinal,
                                              @ForAll @IntRange(min = 2005, max = 2026) int year) {
        for (String kind : new String[] {"A", "B", "U", "S"}) {
            String number = PatentNumbers.publicationNumber(ordinal, year, kind);
            assertThat(PublicationNumber.parse(number).kind()).isEqualTo(kind);
            assertThat(number).hasSize(2 + 9 + 1);
        }
        assertThat(PatentNumbers.publicationNumber(ordinal, year, null)).isNull();
    }

    @Test
    void differentOrdinalsNeverShareANumberInTheSameYear() {
        Set<String> applications = new HashSet<>();
        Set<String> publications = new HashSet<>();
        int ordinals = 700_000;
        for (int ordinal = 0; ordinal < ordinals; ordinal++) {
            applications.add(PatentNumbers.applicationNumber(
                    PatentNumbers.applicationDigits(ordinal, PatentType.INVENTION, 2024)));
            publications.add(PatentNumbers.publicationNumber(ordinal, 2024, "A"));
        }
        assertThat(applications).hasSize(ordinals);
        assertThat(publications).hasSize(ordinals);
    }
}
