package io.github.dokploy4j.logs;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.LogListener;
import io.github.dokploy4j.error.DokployException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything a follow told its listener, in order; "GAP" marks a gap among the lines. */
final class LogRecorder implements LogListener {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<String> linesAndGaps = new CopyOnWriteArrayList<>();
    final List<DokployException> errors = new CopyOnWriteArrayList<>();
    final List<Deployment> ends = new CopyOnWriteArrayList<>();

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
