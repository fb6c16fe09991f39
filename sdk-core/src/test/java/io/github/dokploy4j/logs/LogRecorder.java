package io.github.dokploy4j.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.error.DokployException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything a follow told its listener, in order; "GAP" marks a gap among the lines. */
public final class LogRecorder implements LogListener {
    /** The lines. */
    public final List<String> lines = new CopyOnWriteArrayList<>();
    /** The lines, with "GAP" where a gap was reported. */
    public final List<String> linesAndGaps = new CopyOnWriteArrayList<>();
    /** The problems reported. */
    public final List<DokployException> errors = new CopyOnWriteArrayList<>();
    /** The end, once. */
    public final List<Deployment> ends = new CopyOnWriteArrayList<>();

    @Override
    public void onLine(String line) {
        lines.add(line);
        linesAndGaps.add(line);
    }

    @Override
    public void onError(DokployException error) {
        errors.add(error);
    }

    @Override
    public void onGap() {
        linesAndGaps.add("GAP");
    }

    @Override
    public void onEnd(Deployment deployment) {
        ends.add(deployment);
    }
}
