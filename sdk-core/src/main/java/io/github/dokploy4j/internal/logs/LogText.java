package io.github.dokploy4j.internal.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one {@code readLogs} answer ({@code tail -n <tail>} of the file).
 *
 * @param complete the lines that end with a line break, without it
 * @param unterminated the last line when the file does not end with a line break yet (a build still writing it),
 *     else {@code ""}
 * @param counted how many lines {@code tail} counted (an unterminated last line counts)
 */
record LogText(List<String> complete, String unterminated, int counted) {

    /**
     * Splits an answer. {@code "\n"} is what the server answers for a log file that does not exist: no line.
     * {@code ""} is its answer for a deployment without a log path.
     */
    static LogText parse(String text) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty() || text.equals("\n")) {
            return new LogText(lines, "", 0);
        }
        LineAssembler assembler = new LineAssembler(lines::add);
        assembler.accept(text);
        int lastBreak = text.lastIndexOf('\n');
        String rest = text.substring(lastBreak + 1);
        if (rest.endsWith("\r")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return new LogText(lines, rest, lines.size() + (rest.isEmpty() ? 0 : 1));
    }

    /** Whether the answer holds a last line without its line break. */
    boolean hasUnterminated() {
        return !unterminated.isEmpty();
    }

    /** The lines with the unterminated one, for a file that will not grow any more. */
    List<String> all() {
        if (!hasUnterminated()) {
            return complete;
        }
        List<String> all = new ArrayList<>(complete);
        all.add(unterminated);
        return all;
    }
}
