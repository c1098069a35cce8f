package cn.ipbridge.api.organisation;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.SmallGraphTest;

import static cn.ipbridge.api.support.SmallGraph.FUDAN;
import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.PROTECTION_CENTRE;
import static cn.ipbridge.api.support.SmallGraph.SJTU;

class OrganisationGraphQlIT extends SmallGraphTest {

    @Test
    void listsInstitutionsOfATypeWithWhomTheyServe() {
        var response = graphQl.documentName("organisations").variable("type", "TISC").execute();
        response.path("institutions[*].name").entityList(String.class).containsExactly(SJTU);
        response.path("institutions[0].university").entity(Boolean.class).isEqualTo(true);
        response.path("institutions[0].district.name").entity(String.class).isEqualTo("闵行区");
        response.path("institutions[0].ipcSpecialities[*].code").entityList(String.class).containsExactly("H01L");
        response.path("institutions[0].servedCount").entity(Integer.class).isEqualTo(1);
        response.path("institutions[0].servedEnterprises[0].enterprise.uscc").entity(String.class).isEqualTo(MICRO);
        // the statement binds i to the institution: the firm's industry link must not reuse it
        response.path("institutions[0].servedEnterprises[0].enterprise.industry.code").entity(String.class)
                .isEqualTo("IC");
    }

    @Test
    void countsAUniversitysTransferablePatents() {
        var response = graphQl.documentName("organisations").variable("type", "PROTECTION_CENTRE").execute();
        response.path("institutions[*].name").entityList(String.class).containsExactly(PROTECTION_CENTRE);
        // 复旦大学 holds P2 (pending, with a firm) and P4 (granted, not transferred): one is transferable.
        response.path("universities[?(@.name == '" + FUDAN + "')].patentCount").entityList(Integer.class)
                .containsExactly(2);
        response.path("universities[?(@.name == '" + FUDAN + "')].transferablePatentCount")
                .entityList(Integer.class).containsExactly(1);
    }
}
