package io.github.dokploy4j.testkit;

import java.time.Duration;

/** One step of a {@link BuildScript}. */
sealed interface BuildStep {

    /** Appends {@code text} and a newline to the deployment's log file. */
    record LogLine(String text) implements BuildStep {
    }

    /** Lets time pass on the fake's clock. */
    record Pause(Duration duration) implements BuildStep {
    }

    /** Stops until the test calls {@link ScriptedBuild#release()}. */
    record AwaitRelease() implements BuildStep {
    }
}
