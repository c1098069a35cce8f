package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a person typed becomes quoted phrases that must all match; nothing in it is Lucene syntax. */
class FullTextQueryTests {

    @Test
    void eachTermBecomesAPhraseAndAllMustMatch() {
        assertThat(FullTextQuery.of("text", "  上海 \t 微电子\n")).isEqualTo("\"上海\" AND \"微电子\"");
        assertThat(FullTextQuery.of("text", "芯片")).isEqualTo("\"芯片\"");
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(FullTextQuery.of("text", "a\"b\\c OR")).isEqualTo("\"a\\\"b\\\\c\" AND \"OR\"");
    }

    @Test
    void blankOrTooLongTextIsRefusedNamingTheArgument() {
        assertThatThrownBy(() -> FullTextQuery.of("text", " \t")).isInstanceOf(BadArgumentException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> FullTextQuery.of("q", "字".repeat(FullTextQuery.MAX_LENGTH + 1)))
                .isInstanceOf(BadArgumentException.class).hasMessageContaining("q");
    }
}
