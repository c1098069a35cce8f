package cn.ipbridge.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.SmallGraphTest;

import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.P1;

class SearchGraphQlIT extends SmallGraphTest {

    @Test
    void findsAFirmByAChineseSubstringOfItsName() {
        var response = graphQl.documentName("search").variable("text", "微电子")
                .variable("kinds", List.of("ENTERPRISE")).execute();
        response.path("search[0].key").entity(String.class).isEqualTo(MICRO);
        response.path("search[0].label").entity(String.class).isEqualTo("上海微电子装备有限公司");
        response.path("search[0].enterprise.uscc").entity(String.class).isEqualTo(MICRO);
    }

    @Test
    void answersLabelsAndScoresAloneTheSameWithoutReadingTheFirms() {
        var response = graphQl.document("{ search(text: \"微电子\", kinds: [ENTERPRISE]) { key label score } }")
                .execute();
        response.path("search[0].key").entity(String.class).isEqualTo(MICRO);
        response.path("search[0].label").entity(String.class).isEqualTo("上海微电子装备有限公司");
        response.path("search[0].enterprise").pathDoesNotExist();
    }

    @Test
    void searchesEveryKindWhenNoneIsGiven() {
        graphQl.documentName("search").variable("text", "光刻").execute()
                .path("search[*].key").entityList(String.class).contains(P1);
        graphQl.documentName("search").variable("text", "交通大学").execute()
                .path("search[0].labels").entityList(String.class).contains("Institution", "University");
    }

    @Test
    void treatsLuceneSyntaxAsPlainText() {
        for (String text : List.of("微电子\" OR *:*", "*", "name:上海*", "微电子) OR (a", "\\", "~1^2 && || !")) {
            graphQl.documentName("search").variable("text", text).execute()
                    .path("search[*].key").entityList(String.class)
                    .satisfies(keys -> assertThat(keys).hasSizeLessThan(3));
        }
    }

    @Test
    void refusesBlankText() {
        graphQl.documentName("search").variable("text", "  ").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("'text'"));
    }
}
