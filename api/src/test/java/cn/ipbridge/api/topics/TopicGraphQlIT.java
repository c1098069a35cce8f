package cn.ipbridge.api.topics;

import static cn.ipbridge.api.support.SmallGraph.P1;
import static cn.ipbridge.api.support.SmallGraph.P2;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import cn.ipbridge.api.support.MatchingGraphTest;

/** Topic databases on the matching graph: H01L holds P1, P2, P3, P7 (filed 2019-2021) and P4 (filed 2018). */
class TopicGraphQlIT extends MatchingGraphTest {

    @LocalServerPort
    private int port;

    @Test
    void materialisesATopicOnRefreshAndCountsItsPatents() {
        String name = "集成电路专题-" + UUID.randomUUID();
        graphQl.documentName("defineTopic").variable("name", name)
                .variable("query", Map.of("ipcClasses", List.of("H01L"), "filedFrom", "2019-01-01")).execute()
                .path("defineTopic.size").valueIsNull();
        graphQl.documentName("changes").variable("entity", "Topic").variable("key", name).execute()
                .path("changes.edges[*].node.actor").entityList(String.class).containsExactly("test-staff");
        graphQl.documentName("refreshTopic").variable("name", name).execute()
                .path("refreshTopic.size").entity(Integer.class).isEqualTo(4);
        var topic = graphQl.documentName("topic").variable("name", name).execute();
        topic.path("topic.statistics.count").entity(Integer.class).isEqualTo(4);
        topic.path("topic.statistics.byYear[*].key").entityList(String.class).containsExactly("2019", "2020", "2021");
        topic.path("topic.statistics.byYear[*].count").entityList(Integer.class).containsExactly(2, 1, 1);
        topic.path("topic.statistics.byType[0]").entity(Map.class).isEqualTo(Map.of("key", "INVENTION", "count", 3));
        topic.path("topic.statistics.byLegalStatus[*].key").entityList(String.class)
                .containsExactly("GRANTED", "PENDING");
        topic.path("topic.statistics.topApplicants[0]").entity(Map.class)
                .isEqualTo(Map.of("key", "上海微电子装备有限公司", "count", 2));
        topic.path("topic.statistics.topIpcSubclasses[*].key").entityList(String.class).containsExactly("H01L", "H01M");
        topic.path("topic.patents.edges[*].node.applicationNumber").entityList(String.class).hasSize(2);
        topic.path("topic.patents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void matchesKeywordsAndLegalStatusAndRefusesBadQueriesWithoutWriting() {
        String name = "晶圆专题-" + UUID.randomUUID();
        graphQl.documentName("defineTopic").variable("name", name)
                .variable("query", Map.of("keywords", List.of("晶圆"), "legalStatus", List.of("PENDING"))).execute();
        graphQl.documentName("refreshTopic").variable("name", name).execute()
                .path("refreshTopic.size").entity(Integer.class).isEqualTo(1);
        String bad = "坏专题-" + UUID.randomUUID();
        graphQl.documentName("defineTopic").variable("name", bad)
                .variable("query", Map.of("filedFrom", "2022-01-01", "filedTo", "2020-01-01")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("query.filedTo")));
        graphQl.documentName("topic").variable("name", bad).execute().path("topic").valueIsNull();
        graphQl.documentName("refreshTopic").variable("name", bad).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("'name'")));
    }

    @Test
    void exportsCsvWithByteOrderMarkAndXlsxThatParseBack() throws Exception {
        String name = "导出专题-" + UUID.randomUUID();
        graphQl.documentName("defineTopic").variable("name", name)
                .variable("query", Map.of("applicants", List.of("上海微电子装备有限公司"))).execute();
        graphQl.documentName("refreshTopic").variable("name", name).execute();

        byte[] csv = download(name + ".csv", 200);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("申请号 Application number,名称 Title");
        assertThat(lines.subList(1, lines.size())).hasSize(2).anySatisfy(l -> assertThat(l)
                .startsWith(P1 + ",一种光刻机对准装置,INVENTION,GRANTED,2019-03-01"))
                .anySatisfy(l -> assertThat(l).contains(P2, "上海微电子装备有限公司; 复旦大学"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(name + ".xlsx", 200)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称 Title");
            assertThat(List.of(sheet.getRow(1).getCell(0).getStringCellValue(),
                    sheet.getRow(2).getCell(0).getStringCellValue())).containsExactlyInAnyOrder(P1, P2);
        }
        download("没有这个专题.csv", 404);
    }

    private byte[] download(String file, int status) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/exports/topics/"
                + UriUtils.encodePathSegment(file, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(status);
        return response.body();
    }
}
