package cn.ipbridge.api.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.SmallGraphTest;

class TaxonomyGraphQlIT extends SmallGraphTest {

    @Test
    void resolvesAnIpcSymbolInAnySpellingWithItsAncestors() {
        for (String spelling : new String[] {"H01M 50/609", "H01M50/609", "H01M0050609000", "h01m 50/609"}) {
            var response = graphQl.documentName("ipcClass").variable("code", spelling).execute();
            response.path("ipcClass.code").entity(String.class).isEqualTo("H01M50/609");
            response.path("ipcClass.level").entity(String.class).isEqualTo("SUBGROUP");
            response.path("ipcClass.parent.code").entity(String.class).isEqualTo("H01M50/00");
            response.path("ipcClass.ancestors[*].code").entityList(String.class)
                    .containsExactly("H", "H01", "H01M", "H01M50/00");
            response.path("ipcClass.patentCount").entity(Integer.class).isEqualTo(2);
        }
    }

    @Test
    void listsChildrenOfAClass() {
        graphQl.documentName("ipcClass").variable("code", "H01").execute()
                .path("ipcClass.children[*].code").entityList(String.class).containsExactly("H01L", "H01M");
    }

    @Test
    void rejectsAMalformedIpcSymbol() {
        graphQl.documentName("ipcClass").variable("code", "Z99Q 1/00").execute()
                .errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("IPC symbol"));
    }

    @Test
    void listsTheSixteenDistrictsWithTheirFirms() {
        var response = graphQl.documentName("taxonomy").execute();
        response.path("districts").entityList(Object.class).hasSize(16);
        response.path("districts[?(@.adcode == '310115')].enterpriseCount").entityList(Integer.class)
                .containsExactly(1);
        response.path("industries[?(@.code == 'IC')].enterpriseCount").entityList(Integer.class).containsExactly(2);
        // IPC 2026.01 moved semiconductor devices out of H01L, so the fixture's H01L is no IC subclass; A61K is BIO's.
        response.path("industries[?(@.code == 'BIO')].ipcSubclasses[*].code").entityList(String.class)
                .contains("A61K");
    }
}
