package io.github.dokploy4j.generator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives JavaPoet's output the house layout: annotations with one member on one line, and Javadoc and line comments
 * wrapped at {@value #WIDTH} columns.
 */
final class Layout {
    static final int WIDTH = 118;
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)\\(\\n\\s+([^\\n]+)\\n\\s*\\)");
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@\\w+$");
    private static final Pattern DOC_LINE = Pattern.compile("^(\\s*)(\\* |// )(.*)$");

    private Layout() {
    }

    static String apply(String java) {
        Matcher annotations = ANNOTATION.matcher(java);
        String compact = annotations.replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1) + "(" + m.group(2)
                + ")"));
        StringBuilder out = new StringBuilder();
        for (String line : compact.split("\n", -1)) {
            wrap(out, line);
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void wrap(StringBuilder out, String line) {
        Matcher doc = DOC_LINE.matcher(line);
        if (line.length() <= WIDTH || !doc.matches()) {
            out.append(line).append('\n');
            return;
        }
        String prefix = doc.group(1) + doc.group(2);
        String rest = doc.group(3);
        while (prefix.length() + rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
            while (cut > 0 && INLINE_TAG.matcher(rest.substring(0, cut)).find()) {
                // never leave "{@code" or "{@link" alone at the end of a line
                cut = rest.lastIndexOf(' ', cut - 1);
            }
            if (cut <= 0) {
                cut = rest.indexOf(' ');
                if (cut <= 0) {
                    break;
                }
            }
            out.append(prefix).append(rest, 0, cut).append('\n');
            rest = rest.substring(cut + 1);
        }
        out.append(prefix).append(rest).append('\n');
    }
}
