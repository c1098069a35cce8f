package cn.ipbridge.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code publishNotice}: targets, reach, and the JSON and Atom feeds. */
class NoticeGraphQlIT extends RecordsGraphTest {

    @LocalServerPort
    int port;

    @Test
    void publishesANoticeToTheFirmsItTargetsAndFeedsIt() throws Exception {
        var notice = graphQl.documentName("publishNotice").variable("input", input("title", "关于开展专利质押融资的通知",
                "kind", "CALL", "body", "请符合条件的企业 <申报>。", "published", "2026-07-01",
                "industries", List.of("IC"), "ipSituations", List.of("HAS_INVENTION_PATENT"))).execute();
        // IC firms with a granted invention: 微电子 only (芯联 holds a utility model).
        notice.path("publishNotice.notice.reached").entity(Integer.class).isEqualTo(1);
        String id = notice.path("publishNotice.notice.id").entity(String.class).get();
        assertThat(driver.executableQuery("MATCH (:Notice {id: $id})-[r:REACHED]->(e:Enterprise) RETURN e.uscc AS u")
                .withParameters(java.util.Map.of("id", id)).execute().records())
                .extracting(r -> r.get("u").asString()).containsExactly(cn.ipbridge.api.support.SmallGraph.MICRO);

        graphQl.documentName("notice").variable("id", id).execute()
                .path("notice.reachedFirms.edges[*].node.uscc").entityList(String.class)
                .containsExactly(cn.ipbridge.api.support.SmallGraph.MICRO);

        String json = get("/feeds/notices.json", "application/feed+json");
        assertThat(json).contains("\"id\":\"" + id + "\"", "关于开展专利质押融资的通知", "\"reached\":1");
        String atom = get("/feeds/notices.atom", "application/atom+xml");
        assertThat(atom).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "urn:ipbridge:notice:" + id,
                "&lt;申报&gt;", "<updated>2026-07-01T00:00:00+08:00</updated>");
    }

    @Test
    void refusesBadNoticesNamingTheFieldAndWritesNothing() {
        refused(graphQl.documentName("publishNotice").variable("input", input("title", "通知", "kind", "NEWS",
                "body", "正文", "published", "2026-07-01", "districts", List.of("999999"))), "districts");
        refused(graphQl.documentName("publishNotice").variable("input", input("title", "通知", "kind", "NEWS",
                "body", " ", "published", "2026-07-01")), "body");
    }

    private String get(String path, String type) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(type));
        return response.body();
    }
}
