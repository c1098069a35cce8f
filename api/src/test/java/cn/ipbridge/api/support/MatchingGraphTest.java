package cn.ipbridge.api.support;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import cn.ipbridge.graph.model.ApplicantKind;
import cn.ipbridge.graph.model.Funder;
import cn.ipbridge.graph.model.FunderType;
import cn.ipbridge.graph.model.LegalStatus;
import cn.ipbridge.graph.model.Officer;
import cn.ipbridge.graph.model.Patent;
import cn.ipbridge.graph.model.PatentApplicant;
import cn.ipbridge.graph.model.PatentTransfer;
import cn.ipbridge.graph.model.PatentType;
import cn.ipbridge.graph.model.University;
import cn.ipbridge.graph.write.GraphWriter;
import cn.ipbridge.graph.write.WriteProgress;

/**
 * Base of the matchmaking and exploration tests: {@link SmallGraph} plus a university patent already transferred,
 * in a context and database of their own (the property below makes the context distinct), so the extra nodes
 * never change what the {@link SmallGraphTest} classes assert.
 */
@TestPropertySource(properties = {"ipbridge.dataset.size=none", "ipbridge.matching.candidate-limit=1999"})
public abstract class MatchingGraphTest extends GraphQlTestBase {

    /** 同济大学: holds P7, granted in H01L21/02 but already transferred to 康华. */
    public static final String TONGJI = "同济大学";
    public static final String P7 = cn.ipbridge.graph.identifier.ApplicationNumber.complete("201910000007").normalised();
    /** 康华's granted invention in A61K31/00, filed 2022: younger than P1 but never cited. */
    public static final String P8 = cn.ipbridge.graph.identifier.ApplicationNumber.complete("202210000008").normalised();
    /** Prefers IC (微电子, 芯联). */
    public static final String IC_BANK = "上海科技银行";
    /** Prefers BIO (康华). */
    public static final String BIO_FUND = "上海生物医药产业基金";
    /** 知识产权特派员 in 徐汇区, assigned to no firm. */
    public static final String OFFICER = "OFF-001";

    @Autowired
    private Driver driver;

    @BeforeEach
    void writeGraphOnce() {
        long firms = driver.executableQuery("MATCH (u:University {name: $name}) RETURN count(u) AS n")
                .withParameters(java.util.Map.of("name", TONGJI)).execute().records().get(0).get("n").asLong();
        if (firms == 0) {
            SmallGraph.write(driver);
            GraphWriter graph = new GraphWriter(driver, null);
            graph.organisations().universities(List.of(new University(TONGJI, "310110")), WriteProgress.NONE);
            graph.patents().patents(List.of(new Patent(P7, null, "一种晶圆刻蚀设备", null, "摘要", PatentType.INVENTION,
                    LocalDate.parse("2019-06-01"), LocalDate.parse("2021-06-01"), LegalStatus.GRANTED, 12, 2, true,
                    List.of(new PatentApplicant(ApplicantKind.UNIVERSITY, TONGJI, 1)), List.of("H01L21/02"),
                    List.of())), WriteProgress.NONE);
            graph.patents().patents(List.of(new Patent(P8, null, "一种靶向抗体药物", null, "摘要", PatentType.INVENTION,
                    LocalDate.parse("2022-03-01"), LocalDate.parse("2024-03-01"), LegalStatus.GRANTED, 12, 2, false,
                    List.of(new PatentApplicant(ApplicantKind.ENTERPRISE, SmallGraph.KANGHUA, 1)),
                    List.of("A61K31/00"), List.of())), WriteProgress.NONE);
            graph.organisations().funders(List.of(
                    new Funder(IC_BANK, FunderType.BANK, List.of("知识产权质押贷款"), true, List.of("IC"), 50, 300, null),
                    new Funder(BIO_FUND, FunderType.INVESTOR, List.of("股权投资"), false, List.of("BIO"), 50, 300, null)),
                    WriteProgress.NONE);
            graph.operations().officers(List.of(new Officer(OFFICER, "王特派", "310104", List.of())), WriteProgress.NONE);
            graph.patents().transfers(List.of(new PatentTransfer(P7, SmallGraph.KANGHUA, LocalDate.parse("2024-03-01"),
                    false)), WriteProgress.NONE);
            graph.profiles().refreshAll(WriteProgress.NONE);
            driver.executableQuery("CALL db.awaitIndexes(60)").execute();
        }
    }
}
