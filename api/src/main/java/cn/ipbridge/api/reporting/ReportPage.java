package cn.ipbridge.api.reporting;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import cn.ipbridge.api.reporting.HalfYearReport.Figure;
import cn.ipbridge.api.reporting.HalfYearReport.Listing;
import cn.ipbridge.api.reporting.HalfYearReport.Section;

/**
 * The report as one self-contained HTML page in Chinese, for reading and for the browser's print to PDF: A4, the
 * table headers repeated on every printed page, sections starting on a fresh page, the print button hidden.
 */
final class ReportPage {

    static final String HEADING = "知识产权服务专精特新企业工作报告";

    private static final String STYLE = """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
                   margin: 2em auto; max-width: 60em; color: #222; line-height: 1.5; }
            h1 { font-size: 1.6em; text-align: center; margin-bottom: 0.2em; }
            .period { text-align: center; color: #555; }
            h2 { font-size: 1.25em; border-bottom: 2px solid #1f4e79; color: #1f4e79; margin-top: 2em; }
            h3 { font-size: 1.05em; margin-top: 1.2em; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 0.9em; }
            th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eef3f8; }
            td.n { text-align: right; white-space: nowrap; }
            .note { color: #666; font-size: 0.85em; }
            .actions { text-align: right; }
            @media print {
              @page { size: A4; margin: 15mm 12mm; }
              body { margin: 0; max-width: none; font-size: 10.5pt; }
              .actions { display: none; }
              section + section { break-before: page; }
              h2, h3 { break-after: avoid; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              th { background: #eef3f8 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private ReportPage() {
    }

    static String html(HalfYearReport report) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(e(report.title() + HEADING)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n")
                .append("<p class=\"actions\"><button onclick=\"window.print()\">打印 / 导出 PDF</button></p>\n")
                .append("<h1>").append(e(report.title() + HEADING)).append("</h1>\n")
                .append("<p class=\"period\">统计期间：").append(report.from()).append(" 至 ").append(report.halfYearEnd())
                .append("；对比上期截至 ").append(report.previousEnd()).append("</p>\n");
        for (Section section : report.sections()) {
            out.append("<section id=\"").append(e(section.key())).append("\">\n<h2>").append(e(section.title()))
                    .append("</h2>\n<table>\n<thead><tr><th>指标</th><th>本期</th><th>上期</th><th>变化</th>")
                    .append("<th>变化率</th><th>单位</th></tr></thead>\n<tbody>\n");
            for (Figure f : section.figures()) {
                out.append("<tr><td>").append(e(f.label())).append("</td><td class=\"n\">")
                        .append(ReportNumbers.value(f.value())).append("</td><td class=\"n\">")
                        .append(ReportNumbers.value(f.previous())).append("</td><td class=\"n\">")
                        .append(ReportNumbers.change(f.change())).append("</td><td class=\"n\">")
                        .append(ReportNumbers.rate(f.changeRate())).append("</td><td>").append(e(f.unit()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
            section.lists().forEach(list -> listing(out, list));
            out.append("</section>\n");
        }
        return out.append("<p class=\"note\">“—”：该项为报告生成时的现状（或仅按年度记录），无上期可比数值。</p>\n</body>\n</html>\n")
                .toString();
    }

    private static void listing(StringBuilder out, Listing list) {
        out.append("<h3>").append(e(list.title())).append("（").append(list.total()).append("）</h3>\n");
        if (list.total() == 0) {
            out.append("<p class=\"note\">本期无记录。</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr>");
        list.columns().forEach(c -> out.append("<th>").append(e(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : list.rows()) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(e(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (list.rows().size() < list.total()) {
            out.append("<p class=\"note\">仅列出前 ").append(list.rows().size()).append(" 条，完整清单见 XLSX。</p>\n");
        }
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
