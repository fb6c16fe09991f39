package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one build does once the fake's worker takes its job: which log lines it writes and when, whether it waits for
 * the test, and how it ends. Immutable; each method returns a new script.
 *
 * <pre>{@code
 * BuildScript script = BuildScript.steps()
 *     .log("Cloning repository")
 *     .pause(Duration.ofSeconds(2))
 *     .log("Step 1/3 : FROM eclipse-temurin:17")
 *     .awaitRelease()                 // hangs until ScriptedBuild.release()
 *     .log("Error: exit code 1")
 *     .fail();
 * }</pre>
 *
 * <p>Log lines are written with a trailing newline, after the {@code Initializing deployment} line that Dokploy puts
 * at the top of every new log file. A script without {@link #fail()} or {@link #succeedWithRollback()} succeeds.
 */
public final class BuildScript {

    private final List<BuildStep> steps;
    private final BuildOutcome outcome;
    private final boolean ended;

    private BuildScript(List<BuildStep> steps, BuildOutcome outcome, boolean ended) {
        this.steps = List.copyOf(steps);
        this.outcome = outcome;
        this.ended = ended;
    }

    /**
     * An empty script to build on: it succeeds at once unless steps are added.
     *
     * @return a script with no steps
     */
    public static BuildScript steps() {
        return new BuildScript(List.of(), BuildOutcome.SUCCEED, false);
    }

    /**
     * A build that writes one line, waits {@code duration} and succeeds.
     *
     * @param duration how long the build runs
     * @return the script
     */
    public static BuildScript succeedAfter(Duration duration) {
        return steps().log("Building...").pause(duration).log("Docker Deployed: ✅").succeed();
    }

    /**
     * A build that writes one line, waits {@code duration} and fails (the deployment ends {@code error}).
     *
     * @param duration how long the build runs
     * @return the script
     */
    public static BuildScript failAfter(Duration duration) {
        return steps().log("Building...").pause(duration).log("Error: the build failed with exit code 1").fail();
    }

    /**
     * A build that hangs until the test calls {@link ScriptedBuild#release()}, then succeeds.
     *
     * @return the script
     */
    public static BuildScript untilReleased() {
        return steps().log("Building...").awaitRelease().log("Docker Deployed: ✅").succeed();
    }

    /**
     * The script of every build nobody scripted: a few realistic Docker build lines over about two seconds, then
     * success.
     *
     * @return the script
     */
    public static BuildScript typical() {
        return steps()
                .log("Build nixpacks: ✅")
                .pause(Duration.ofMillis(300))
                .log("Step 1/5 : FROM node:20-alpine")
                .pause(Duration.ofMillis(400))
                .log("Step 2/5 : WORKDIR /app")
                .log("Step 3/5 : COPY . .")
                .pause(Duration.ofMillis(500))
                .log("Step 4/5 : RUN npm ci && npm run build")
                .pause(Duration.ofMillis(600))
                .log("Step 5/5 : CMD [\"node\", \"dist/server.js\"]")
                .log("Successfully built 3f9c2d1a7b4e")
                .pause(Duration.ofMillis(200))
                .log("Docker Deployed: ✅")
                .succeed();
    }

    /**
     * Adds a log line, written when the build reaches it.
     *
     * @param line the text, without a trailing newline
     * @return a new script
     */
    public BuildScript log(String line) {
        return add(new BuildStep.LogLine(Objects.requireNonNull(line, "line")));
    }

    /**
     * Adds a pause: the next step happens {@code duration} later on the fake's clock.
     *
     * @param duration how long to wait; not negative
     * @return a new script
     */
    public BuildScript pause(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        return add(new BuildStep.Pause(duration));
    }

    /**
     * Adds a hold: the build stays {@link BuildState#HELD} (its deployment {@code running}) until the test calls
     * {@link ScriptedBuild#release()}.
     *
     * @return a new script
     */
    public BuildScript awaitRelease() {
        return add(new BuildStep.AwaitRelease());
    }

    /**
     * Ends the script in success: deployment {@code done}, service {@code done}.
     *
     * @return a new script that accepts no further steps
     */
    public BuildScript succeed() {
        return end(BuildOutcome.SUCCEED);
    }

    /**
     * Ends the script in failure: deployment {@code error}, service {@code error}.
     *
     * @return a new script that accepts no further steps
     */
    public BuildScript fail() {
        return end(BuildOutcome.FAIL);
    }

    /**
     * Ends the script in success and stores a rollback image for the deployment, as an application with rollbacks
     * enabled does: the row gets a {@code rollbackId} and {@code allByType} shows the {@code rollback}. Applications
     * only.
     *
     * @return a new script that accepts no further steps
     */
    public BuildScript succeedWithRollback() {
        return end(BuildOutcome.SUCCEED_WITH_ROLLBACK);
    }

    List<BuildStep> stepList() {
        return steps;
    }

    BuildOutcome outcome() {
        return outcome;
    }

    private BuildScript add(BuildStep step) {
        requireOpen();
        List<BuildStep> more = new ArrayList<>(steps);
        more.add(step);
        return new BuildScript(more, outcome, false);
    }

    private BuildScript end(BuildOutcome how) {
        requireOpen();
        return new BuildScript(steps, how, true);
    }

    private void requireOpen() {
        if (ended) {
            throw new IllegalStateException("this script already ends with " + outcome + "; add steps before it");
        }
    }

    @Override
    public String toString() {
        return "BuildScript[" + steps.size() + " steps, then " + outcome + "]";
    }
}
