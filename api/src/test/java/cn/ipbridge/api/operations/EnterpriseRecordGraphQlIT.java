package cn.ipbridge.api.operations;

import static cn.ipbridge.api.support.SmallGraph.KANGHUA;
import static cn.ipbridge.api.support.SmallGraph.MICRO;
import static cn.ipbridge.api.support.SmallGraph.XINLIAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.ipbridge.graph.identifier.CreditCode;

/** {@code createEnterprise}, {@code correctEnterprise}, {@code changeSrdiLevel}, {@code assignOfficer}, key trademarks. */
class EnterpriseRecordGraphQlIT extends RecordsGraphTest {

    private static final String NEW_FIRM = CreditCode.complete("91310112MA1GB0001").value();

    @Test
    void createsAndCorrectsAnEnterpriseKeepingBeforeAndAfter() {
        var created = graphQl.documentName("createEnterprise").variable("input", input("uscc", NEW_FIRM.toLowerCase(),
                "name", "上海新材科技有限公司", "district", "310112", "industry", "IC", "srdiLevel", "INNOVATIVE_SME",
                "srdiYear", 2025, "employees", 40)).execute();
        created.path("createEnterprise.enterprise.uscc").entity(String.class).isEqualTo(NEW_FIRM);
        created.path("createEnterprise.enterprise.district.adcode").entity(String.class).isEqualTo("310112");
        created.path("createEnterprise.change.action").entity(String.class).isEqualTo("CREATE");

        var corrected = graphQl.documentName("correctEnterprise").variable("input", input("uscc", NEW_FIRM,
                "address", "上海市闵行区", "district", "310115", "pilotStatus", "DISTRICT_PILOT")).execute();
        corrected.path("correctEnterprise.enterprise.name").entity(String.class).isEqualTo("上海新材科技有限公司");
        corrected.path("correctEnterprise.enterprise.address").entity(String.class).isEqualTo("上海市闵行区");
        corrected.path("correctEnterprise.enterprise.district.adcode").entity(String.class).isEqualTo("310115");
        corrected.path("correctEnterprise.change.before").entity(String.class)
                .satisfies(b -> assertThat(b).contains("\"district\":\"310112\""));
        corrected.path("correctEnterprise.change.after").entity(String.class)
                .satisfies(a -> assertThat(a).contains("\"district\":\"310115\"", "\"pilotStatus\":\"DISTRICT_PILOT\""));
    }

    @Test
    void changesTheSrdiLevelWithItsYear() {
        var changed = graphQl.documentName("changeSrdiLevel").variable("input", input("enterprise", XINLIAN,
                "level", "LITTLE_GIANT", "year", 2026)).execute();
        changed.path("changeSrdiLevel.enterprise.srdiLevel").entity(String.class).isEqualTo("LITTLE_GIANT");
        changed.path("changeSrdiLevel.enterprise.srdiYear").entity(Integer.class).isEqualTo(2026);
        changed.path("changeSrdiLevel.change.before").entity(String.class)
                .satisfies(b -> assertThat(b).contains("\"srdiLevel\":\"MUNICIPAL_SRDI\""));
    }

    @Test
    void assignsAnOfficerAndAddsAKeyTrademark() {
        graphQl.documentName("assignOfficer").variable("input", input("officer", OFFICER, "enterprise", KANGHUA))
                .execute().path("assignOfficer.assignment.enterprise").entity(String.class).isEqualTo(KANGHUA);
        var key = graphQl.documentName("addKeyTrademark").variable("input", input("registrationNumber", TRADEMARK,
                "since", "2026-01-15")).execute();
        key.path("addKeyTrademark.trademark.keyProtectionSince").entity(String.class).isEqualTo("2026-01-15");
        key.path("addKeyTrademark.trademark.owner").entity(String.class).isEqualTo(MICRO);
        key.path("addKeyTrademark.change.action").entity(String.class).isEqualTo("UPDATE");
    }

    @Test
    void refusesBadEnterpriseRecordsNamingTheFieldAndWritesNothing() {
        refused(graphQl.documentName("createEnterprise").variable("input", input("uscc", MICRO, "name", "重复",
                "district", "310115", "industry", "IC")), "uscc");
        refused(graphQl.documentName("createEnterprise").variable("input", input("uscc", "91310115591693856B",
                "name", "校验位错", "district", "310115", "industry", "IC")), "uscc");
        refused(graphQl.documentName("createEnterprise").variable("input", input("uscc", NEW_FIRM.replace("91", "92"),
                "name", "无区", "district", "999999", "industry", "IC")), "uscc");
        refused(graphQl.documentName("correctEnterprise").variable("input", input("uscc", MICRO,
                "industry", "NOPE")), "industry");
        refused(graphQl.documentName("correctEnterprise").variable("input", input("uscc", MICRO,
                "employees", -5)), "employees");
        refused(graphQl.documentName("changeSrdiLevel").variable("input", input("enterprise", MICRO,
                "level", "LITTLE_GIANT", "year", 1800)), "year");
        refused(graphQl.documentName("assignOfficer").variable("input", input("officer", "NOBODY",
                "enterprise", MICRO)), "officer");
        refused(graphQl.documentName("addKeyTrademark").variable("input", input("registrationNumber", "00000000",
                "since", "2026-01-15")), "registrationNumber");
    }
}
