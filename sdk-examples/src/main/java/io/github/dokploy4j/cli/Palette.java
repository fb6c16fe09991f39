package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.DeploymentPhase;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.QueueJobState;
import java.util.Locale;

/** ANSI colours for a terminal, or plain text when colours are off (piped output, {@code NO_COLOR}, --no-color). */
final class Palette {
    private static final String RESET = "\u001b[0m";

    private final boolean enabled;

    Palette(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    String status(DeploymentStatus status) {
        String text = status.name().toLowerCase(Locale.ROOT);
        switch (status) {
            case DONE:
                return green(text);
            case ERROR:
                return red(text);
            case RUNNING:
                return yellow(text);
            case CANCELLED:
                return magenta(text);
            default:
                return dim(text);
        }
    }

    String phase(DeploymentPhase phase) {
        switch (phase) {
            case QUEUED:
                return blue(phase.name());
            case RUNNING:
                return yellow(phase.name());
            case DONE:
                return green(phase.name());
            case ERROR:
                return red(phase.name());
            default:
                return magenta(phase.name());
        }
    }

    String state(QueueJobState state) {
        String text = state.name().toLowerCase(Locale.ROOT);
        return state == QueueJobState.ACTIVE ? yellow(text) : blue(text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String green(String text) {
        return paint("32", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String blue(String text) {
        return paint("34", text);
    }

    String magenta(String text) {
        return paint("35", text);
    }

    String cyan(String text) {
        return paint("36", text);
    }

    private String paint(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
