package dev.briefs.local.cli;

import java.util.List;

/**
 * CSV rows as RFC 4180 writes them, which spreadsheets read: fields separated by commas, a field with a comma, quote
 * or line break in double quotes with its quotes doubled, rows ended by CRLF. A field that a spreadsheet would read as
 * a formula (starting with =, +, - or @) is prefixed with an apostrophe, so an article cannot plant one.
 */
final class Csv {

    private Csv() {
    }

    static String row(List<String> fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            row.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        return row.append("\r\n").toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
