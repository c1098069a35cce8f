package cn.ipbridge.api.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.ipbridge.api.security.RowScope;
import cn.ipbridge.api.system.BadArgumentException;

/**
 * The half-year report as files: {@code /reports/half-year/2026-06-30.xlsx} (a download) and {@code .html} (a page
 * to read and print to PDF). Any day but 30 June or 31 December is a 400 naming {@code halfYearEnd}. A DISTRICT
 * account gets its district's report, named in the title; WebSecurity lets only ADMIN, STAFF and DISTRICT here.
 */
@RestController
class ReportDownloadController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportQueries queries;

    ReportDownloadController(ReportQueries queries) {
        this.queries = queries;
    }

    static String path(LocalDate halfYearEnd, String extension) {
        return "/reports/half-year/" + halfYearEnd + "." + extension;
    }

    @GetMapping("/reports/half-year/{end}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String end) {
        HalfYearReport report = queries.report(HalfYear.parse(end), RowScope.current());
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(ReportWorkbook.fileName(report), StandardCharsets.UTF_8)
                        .build().toString()).body(ReportWorkbook.xlsx(report));
    }

    @GetMapping("/reports/half-year/{end}.html")
    ResponseEntity<String> html(@PathVariable String end) {
        HalfYearReport report = queries.report(HalfYear.parse(end), RowScope.current());
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(ReportPage.html(report));
    }

    @ExceptionHandler(BadArgumentException.class)
    ResponseEntity<String> badArgument(BadArgumentException e) {
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(e.getMessage());
    }
}
