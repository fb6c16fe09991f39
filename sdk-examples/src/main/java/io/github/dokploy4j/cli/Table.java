package io.github.dokploy4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A text table with aligned columns; cells may hold ANSI colours, which take no width. */
final class Table {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    Table row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(Output output) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        output.line(format(headerCells(output.palette()), widths));
        for (List<String> row : rows) {
            output.line(format(row, widths));
        }
    }

    private List<String> headerCells(Palette palette) {
        List<String> cells = new ArrayList<>();
        for (String header : headers) {
            cells.add(palette.bold(header));
        }
        return cells;
    }

    private static String format(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            line.append(cell);
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - width(cell) + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static int width(String cell) {
        String visible = ANSI.matcher(cell).replaceAll("");
        return visible.codePointCount(0, visible.length());
    }
}
