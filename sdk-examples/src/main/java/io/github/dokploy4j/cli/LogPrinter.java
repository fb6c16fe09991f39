package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.error.DokployException;
import java.util.function.Consumer;

/**
 * Prints a followed build log: each line as it arrives (behind a dim gutter on a terminal, raw when piped, so that
 * {@code grep} sees the log itself), and the follow's problems marked as such. With {@code --json} the lines go to
 * stderr, leaving stdout to the one JSON document.
 */
final class LogPrinter implements LogListener {
    private final Output output;
    private final Consumer<String> sink;

    LogPrinter(Output output, Consumer<String> sink) {
        this.output = output;
        this.sink = sink;
    }

    @Override
    public void onLine(String line) {
        if (output.json()) {
            output.note(line);
        } else if (output.palette().enabled()) {
            sink.accept(output.palette().dim("\u2502 ") + line);
        } else {
            sink.accept(line);
        }
    }

    @Override
    public void onError(DokployException error) {
        output.note(output.palette().yellow("! " + error.getMessage()));
    }

    @Override
    public void onGap() {
        output.note(output.palette().yellow("! [lines missing here: more were written between two polls than one "
                + "readLogs window holds]"));
    }
}
