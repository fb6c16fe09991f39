package io.github.dokploy4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Where and how a command writes: results to {@code out}, notes, progress and errors to {@code err}; colours only on
 * a terminal; JSON instead of tables with {@code --json}. Writes from listener threads are safe (the writers lock).
 */
final class Output {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Palette palette;
    private final boolean json;
    private final boolean live;

    Output(PrintWriter out, PrintWriter err, Palette palette, boolean json, boolean live) {
        this.out = out;
        this.err = err;
        this.palette = palette;
        this.json = json;
        this.live = live;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Palette palette() {
        return palette;
    }

    /** Whether {@code --json} asked for machine output. */
    boolean json() {
        return json;
    }

    /** Whether output is a terminal that can show a line rewritten in place (never with {@code --json}). */
    boolean live() {
        return live;
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void note(String text) {
        err.println(text);
        err.flush();
    }

    /** Writes one JSON document (the whole result of a command) to {@code out}. */
    void json(Object value) {
        try {
            out.println(JsonDocuments.PRETTY.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one JSON object on one line, for streams of events ({@code watch --json}). */
    void jsonLine(Object value) {
        try {
            out.println(JsonDocuments.COMPACT.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
