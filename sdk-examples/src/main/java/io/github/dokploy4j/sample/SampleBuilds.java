package io.github.dokploy4j.sample;

import io.github.dokploy4j.testkit.BuildScript;
import java.time.Duration;
import java.util.List;

/** The build scripts of the sample project: what its fake builds write to their logs, and how long they take. */
public final class SampleBuilds {

    private static final List<String> RELEASE_LINES = List.of(
            "Pulling source: git clone --depth 1 --branch main",
            "Step 1/6 : FROM eclipse-temurin:17-jre",
            "Step 2/6 : WORKDIR /app",
            "Step 3/6 : COPY target/app.jar app.jar",
            "Step 4/6 : EXPOSE 8080",
            "Step 5/6 : HEALTHCHECK CMD curl -fs http://localhost:8080/healthz",
            "Step 6/6 : ENTRYPOINT [\"java\", \"-jar\", \"app.jar\"]",
            "Successfully built 7d2f9c41a0be",
            "Starting service: 2/2 replicas running");

    private static final List<String> FAILING_LINES = List.of(
            "Pulling source: git clone --depth 1 --branch main",
            "Step 1/6 : FROM eclipse-temurin:17-jdk AS build",
            "Step 2/6 : RUN ./mvnw -B verify",
            "[ERROR] Tests run: 214, Failures: 1",
            "[ERROR] OrderServiceTest.refundsPartialOrders:88 expected: <40.00> but was: <0.00>");

    private SampleBuilds() {
    }

    /**
     * A successful build whose log lines are spread over {@code duration}.
     *
     * @param duration how long the build runs
     * @return the script
     */
    public static BuildScript release(Duration duration) {
        return spread(RELEASE_LINES, duration).log("Docker Deployed: \u2705").succeed();
    }

    /**
     * A successful build that holds after its first log line until {@code ScriptedBuild.release()}, then writes the
     * rest over {@code duration}: it stays in the queue as the running job for as long as the caller needs.
     *
     * @param duration how long the build runs once released
     * @return the script
     */
    public static BuildScript releaseWhenReleased(Duration duration) {
        BuildScript script = BuildScript.steps().log(RELEASE_LINES.get(0)).awaitRelease();
        Duration pause = duration.dividedBy(RELEASE_LINES.size() - 1);
        for (String line : RELEASE_LINES.subList(1, RELEASE_LINES.size())) {
            script = script.log(line).pause(pause);
        }
        return script.log("Docker Deployed: \u2705").succeed();
    }

    /**
     * A build whose tests fail, its log lines spread over {@code duration}.
     *
     * @param duration how long the build runs
     * @return the script
     */
    public static BuildScript failingTests(Duration duration) {
        return spread(FAILING_LINES, duration).log("Error: the build failed with exit code 1").fail();
    }

    private static BuildScript spread(List<String> lines, Duration duration) {
        Duration pause = duration.dividedBy(lines.size());
        BuildScript script = BuildScript.steps();
        for (String line : lines) {
            script = script.log(line).pause(pause);
        }
        return script;
    }
}
