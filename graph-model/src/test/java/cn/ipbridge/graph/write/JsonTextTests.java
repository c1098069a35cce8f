package cn.ipbridge.graph.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTextTests {

    @Test
    void writesRecordPropertiesWithSortedKeysAndEscapedText() {
        Map<String, Object> record = new HashMap<>();
        record.put("title", "引号\"与\\换行\n");
        record.put("date", LocalDate.parse("2026-07-01"));
        record.put("amount", 500.0);
        record.put("count", 3L);
        record.put("open", true);
        record.put("closed", null);
        record.put("needs", List.of("质押融资需求", "贯标"));
        assertThat(JsonText.of(record)).isEqualTo("{\"amount\":500.0,\"closed\":null,\"count\":3,"
                + "\"date\":\"2026-07-01\",\"needs\":[\"质押融资需求\",\"贯标\"],\"open\":true,"
                + "\"title\":\"引号\\\"与\\\\换行\\n\"}");
    }

    @Test
    void writesControlCharactersAsUnicodeEscapes() {
        assertThat(JsonText.of(Arrays.asList("a\u0001b", null))).isEqualTo("[\"a\\u0001b\",null]");
    }
}
