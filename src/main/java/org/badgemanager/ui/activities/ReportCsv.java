package org.badgemanager.ui.activities;

import java.util.List;
import org.badgemanager.ui.common.Messages;

/**
 * A bulk-delete report as CSV (RFC 4180): one line per id. The status column keeps the stable English name for
 * scripts; the other columns are in the UI language. A BOM lets spreadsheet programs see UTF-8 (Cyrillic text).
 */
public final class ReportCsv {
    public static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    public static String of(List<ReportRow> rows, Messages messages) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, messages.get("report.csv.id"), messages.get("report.csv.status"), messages.get("report.csv.outcome"),
                messages.get("report.csv.code"), messages.get("report.csv.explanation"));
        for (ReportRow row : rows) {
            line(csv, String.valueOf(row.id()), row.status().name(), row.outcome(), row.code(), row.explanation());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells[i]));
        }
        csv.append("\r\n");
    }

    static String quoted(String cell) {
        String text = cell == null ? "" : cell;
        // a portal's error text that starts like a formula must stay text when the report is opened in a spreadsheet
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
