package cn.ipbridge.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.ipbridge.api.support.SmallGraphTest;

/** A nested request costs one database round trip per GraphQL level that reads the graph, not one per parent. */
class QueryCountIT extends SmallGraphTest {

    @Test
    void loadsEachNestedLevelWithOneQuery() {
        countQueriesFromHere();
        graphQl.documentName("nestedEnterprises").execute()
                .path("enterprises.edges[*].node.patents[*].applicants[*].name").entityList(String.class)
                .hasSizeGreaterThan(3);
        // enterprises; district.enterpriseCount; patents; applicants; applicants.enterprise; ipcClasses.parent;
        // citations; citations.ipcClasses; citedBy. (district is read with the enterprise, the patents' ipcClasses
        // with the patents; the cited patents' classes, read without them, all in one statement.)
        assertThat(queries.count()).isEqualTo(9);
    }
}
