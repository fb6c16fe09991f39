package io.github.dokploy4j.economy;

import io.github.dokploy4j.testkit.BuildScript;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two-minute builds as Dokploy writes them: the moments the fake does something (for the event-time simulation) and
 * the script. Dokploy ends a build's log with {@code Docker Deployed: ✅} (compose: {@code Docker Compose Deployed: ✅})
 * and a failed one with a line holding {@code ❌}; one shape leaves that out, to measure the fallback.
 */
enum BuildShape {
    /** One line, two silent minutes (a long image pull), then the closing line. */
    SILENT(List.of(Duration.ofMinutes(2)), true, true),
    /** A line every 2 s. */
    STEADY(every(Duration.ofSeconds(2)), true, true),
    /** Five lines at once every 15 s. */
    BURSTS(every(Duration.ofSeconds(15)), true, true),
    /** A line every 4 s: each pause is long enough for the stream to look quiet. */
    PAUSING(every(Duration.ofSeconds(4)), true, true),
    /** A line every 3 s, then {@code Error ❌}. */
    FAILING(every(Duration.ofSeconds(3)), false, true),
    /** A line every 3 s, then a failure without Dokploy's closing line. */
    FAILING_WITHOUT_CLOSING_LINE(every(Duration.ofSeconds(3)), false, false);

    private final List<Duration> pauses;
    private final boolean succeeds;
    private final boolean closingLine;

    BuildShape(List<Duration> pauses, boolean succeeds, boolean closingLine) {
        this.pauses = pauses;
        this.succeeds = succeeds;
        this.closingLine = closingLine;
    }

    private static List<Duration> every(Duration step) {
        List<Duration> pauses = new ArrayList<>();
        // enum constants are built before the class's other static fields: the length is spelt out here
        for (Duration at = step; at.compareTo(Duration.ofMinutes(2)) <= 0; at = at.plus(step)) {
            pauses.add(step);
        }
        return pauses;
    }

    BuildScript script() {
        BuildScript script = BuildScript.steps().log("Building...");
        int n = 0;
        for (Duration pause : pauses) {
            script = script.pause(pause);
            int lines = this == BURSTS ? 5 : 1;
            for (int i = 0; i < lines; i++) {
                script = script.log("Step " + ++n + " : RUN npm ci");
            }
        }
        if (succeeds) {
            return script.log("Docker Deployed: ✅").succeed();
        }
        return script.log(closingLine ? "Error ❌" : "npm ERR! code ELIFECYCLE").fail();
    }

    /** When the fake writes, from the build's start. */
    List<Instant> moments(Instant start) {
        List<Instant> moments = new ArrayList<>();
        Instant at = start;
        for (Duration pause : pauses) {
            at = at.plus(pause);
            moments.add(at);
        }
        return moments;
    }

    boolean succeeds() {
        return succeeds;
    }
}
