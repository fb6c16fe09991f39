package io.github.dokploy4j.internal.logs;

import java.util.function.Consumer;

/**
 * Turns text that arrives in arbitrary pieces into lines. A piece may end mid-line or between the {@code \r} and
 * {@code \n} of a CRLF, may be empty, and (as the JDK's WebSocket delivers it) may split a surrogate pair; a line is
 * complete only at its {@code \n}. Not thread-safe.
 */
final class LineAssembler {
    private final StringBuilder pending = new StringBuilder();
    private final Consumer<String> lines;

    LineAssembler(Consumer<String> lines) {
        this.lines = lines;
    }

    void accept(CharSequence piece) {
        int start = 0;
        for (int i = 0; i < piece.length(); i++) {
            if (piece.charAt(i) == '\n') {
                pending.append(piece, start, i);
                emit();
                start = i + 1;
            }
        }
        pending.append(piece, start, piece.length());
    }

    /** Whether a line has begun and not ended. */
    boolean hasPartialLine() {
        return pending.length() > 0;
    }

    /** The line begun and not ended, without a trailing {@code \r}. */
    String partialLine() {
        int end = pending.length();
        return end > 0 && pending.charAt(end - 1) == '\r' ? pending.substring(0, end - 1) : pending.toString();
    }

    private void emit() {
        int end = pending.length();
        if (end > 0 && pending.charAt(end - 1) == '\r') {
            end--;
        }
        String line = pending.substring(0, end);
        pending.setLength(0);
        lines.accept(line);
    }
}
