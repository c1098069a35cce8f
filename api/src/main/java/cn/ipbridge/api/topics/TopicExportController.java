package cn.ipbridge.api.topics;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of a topic's patents: {@code /exports/topics/{name}.csv} (UTF-8 with BOM) and {@code .xlsx}. */
@RestController
class TopicExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TopicQueries queries;

    TopicExportController(TopicQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/exports/topics/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        byte[] body = TopicSheets.csv(TopicQueries.EXPORT_HEADER, rows(name));
        return download(name + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8), body);
    }

    @GetMapping("/exports/topics/{name}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name) {
        return download(name + ".xlsx", XLSX, TopicSheets.xlsx(name, TopicQueries.EXPORT_HEADER, rows(name)));
    }

    private java.util.List<java.util.List<String>> rows(String name) {
        if (queries.byName(name).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No topic named " + name);
        }
        return queries.exportRows(name);
    }

    private static ResponseEntity<byte[]> download(String file, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString()).body(body);
    }
}
