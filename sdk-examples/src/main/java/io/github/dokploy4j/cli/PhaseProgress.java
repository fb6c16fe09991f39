package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentEvent;
import io.github.dokploy4j.deployment.DeploymentEventListener;
import io.github.dokploy4j.deployment.DeploymentPhase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows where a deployment stands while the CLI waits for it: QUEUED → RUNNING → DONE with the elapsed time, one line
 * per phase change. On a terminal a live status line below them is redrawn in place every quarter second, with log
 * lines scrolling above it. Thread-safe: phase events and log lines arrive on SDK threads.
 */
final class PhaseProgress implements DeploymentEventListener, AutoCloseable {
    private static final String CLEAR_LINE = "\r\u001b[2K";
    private static final String SPINNER = "\u280b\u2819\u2839\u2838\u283c\u2834\u2826\u2827\u2807\u280f";

    private final Output output;
    private final String serviceName;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private DeploymentPhase phase;
    private String deploymentId;
    private int frame;
    private boolean closed;

    PhaseProgress(Output output, String serviceName) {
        this.output = output;
        this.serviceName = serviceName;
        if (output.live()) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "dokploy-progress");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    @Override
    public synchronized void onEvent(DeploymentEvent event) {
        show(event.phase(), event.deployment().map(Deployment::deploymentId).orElse(deploymentId));
    }

    /**
     * Shows the final phase of a deployment that ended. The handle polls on its own schedule, so a log follow (or a
     * wait) can see the end before the handle reports it.
     */
    synchronized void ended(Deployment end) {
        show(DeploymentPhase.of(end.status()), end.deploymentId());
    }

    private void show(DeploymentPhase next, String nextDeploymentId) {
        if (closed || next == phase || phase != null && phase.isTerminal()) {
            return;
        }
        phase = next;
        deploymentId = nextDeploymentId;
        if (output.live()) {
            // Each phase also stays in the scrollback; the live line below it keeps the clock running.
            output.out().print(CLEAR_LINE);
            output.out().println("  " + statusLine());
            draw();
        } else if (!output.json()) {
            output.line(statusLine());
        }
    }

    /** Prints a line (a log line) above the status line. */
    synchronized void printAbove(String line) {
        if (output.live() && !closed) {
            output.out().print(CLEAR_LINE);
            output.out().println(line);
            draw();
        } else {
            output.line(line);
        }
    }

    /** The time since the wait began. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private synchronized void tick() {
        if (!closed && phase != null) {
            frame++;
            draw();
        }
    }

    private void draw() {
        if (phase == null) {
            return;
        }
        String spinner = phase.isTerminal() ? " " : String.valueOf(SPINNER.charAt(frame % SPINNER.length()));
        output.out().print(CLEAR_LINE + output.palette().cyan(spinner) + " " + statusLine());
        output.out().flush();
    }

    private String statusLine() {
        Palette palette = output.palette();
        String name = String.format("%-9s", phase.name());
        return palette.phase(phase).replace(phase.name(), name) + " " + TimeText.clock(elapsed()) + "  "
                + serviceName + (deploymentId == null ? "" : palette.dim("  deployment " + deploymentId));
    }

    /** Stops redrawing and clears the status line, so that what follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
            output.out().print(CLEAR_LINE);
            output.out().flush();
        }
    }
}
