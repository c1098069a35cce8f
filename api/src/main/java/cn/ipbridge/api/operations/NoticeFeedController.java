package cn.ipbridge.api.operations;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.ipbridge.api.operations.NoticeQueries.FeedNotice;

/**
 * The notice feeds other platforms pull with a plain GET: {@code /feeds/notices.json} (JSON Feed 1.1) and
 * {@code /feeds/notices.atom} (Atom 1.0), newest first.
 */
@RestController
class NoticeFeedController {

    static final int ITEMS = 50;
    private static final String TITLE = "IPBridge notices";
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final NoticeQueries queries;

    NoticeFeedController(NoticeQueries queries) {
        this.queries = queries;
    }

    @GetMapping(value = "/feeds/notices.json", produces = "application/feed+json")
    Map<String, Object> json() {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", TITLE);
        feed.put("items", queries.newest(ITEMS).stream().map(n -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", n.id());
            item.put("title", n.title());
            item.put("content_text", n.body());
            item.put("date_published", timestamp(n.published()));
            item.put("tags", List.of(n.kind()));
            item.put("_ipbridge", Map.of("kind", n.kind(), "reached", n.reached()));
            return item;
        }).toList());
        return feed;
    }

    @GetMapping("/feeds/notices.atom")
    ResponseEntity<String> atom() {
        List<FeedNotice> notices = queries.newest(ITEMS);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(TITLE).append("</title>\n")
                .append("  <id>urn:ipbridge:notices</id>\n")
                .append("  <updated>").append(notices.isEmpty() ? "1970-01-01T00:00:00Z"
                        : timestamp(notices.get(0).published())).append("</updated>\n");
        for (FeedNotice n : notices) {
            xml.append("  <entry>\n")
                    .append("    <id>urn:ipbridge:notice:").append(escape(n.id())).append("</id>\n")
                    .append("    <title>").append(escape(n.title())).append("</title>\n")
                    .append("    <updated>").append(timestamp(n.published())).append("</updated>\n")
                    .append("    <category term=\"").append(escape(n.kind())).append("\"/>\n")
                    .append("    <author><name>IPBridge</name></author>\n")
                    .append("    <content type=\"text\">").append(escape(n.body())).append("</content>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static String timestamp(LocalDate day) {
        return day == null ? "1970-01-01T00:00:00Z" : day.atStartOfDay().atOffset(ZoneOffset.ofHours(8)).toString()
                .replace("T00:00+08:00", "T00:00:00+08:00");
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
