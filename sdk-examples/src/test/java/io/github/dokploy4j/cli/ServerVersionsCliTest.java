package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.DokployVersion;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exit codes do not depend on the Dokploy version: the same situation gives the same code on v0.27.0 (no
 * {@code removeDeployment}, no queue, no {@code readLogs}), v0.28.2 (a 400 for an unknown deployment to remove),
 * v0.29.5 (the BullMQ queue, {@code readLogs}) and v0.30.2.
 */
class ServerVersionsCliTest {
    /** One fake per version, shared by the tests of this class: each test works on services of its own. */
    private static final Map<String, FakeDokploy> FAKES = new ConcurrentHashMap<>();

    private static FakeDokploy start(String version) {
        return FAKES.computeIfAbsent(version, v -> FakeDokploy.start(FakeDokployOptions.builder().realTimeClock()
                .serverVersion(v).defaultBuild(BuildScript.succeedAfter(Duration.ofMillis(150))).build()));
    }

    @AfterAll
    static void stop() {
        FAKES.values().forEach(FakeDokploy::close);
        FAKES.clear();
    }

    private static boolean before(String version, String feature) {
        return DokployVersion.parse(version).compareTo(DokployVersion.parse(feature)) < 0;
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void aFailedBuildExitsOneOnEveryVersion(String version) {
        FakeDokploy fake = start(version);
        String app = fake.createApplication("broken", ServiceOptions.dockerImage("nginx:1.27"));
        fake.scriptNextBuild(app, BuildScript.steps().log("npm ERR! missing script: build").fail());

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app, "--wait");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        if (before(version, "v0.29.5")) {
            assertThat(result.out()).contains("its log cannot be read here");
        } else {
            assertThat(result.out()).contains("npm ERR! missing script: build");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void removingAnUnknownDeploymentExitsFourOnEveryVersion(String version) {
        CliRunner.Result result = CliRunner.against(start(version)).run("rm", "doesNotExist123");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void followingALogByIdWorksWithItsServiceOnEveryVersion(String version) {
        FakeDokploy fake = start(version);
        String app = fake.createApplication("followed", ServiceOptions.dockerImage("nginx:1.27"));
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.finishedApp(app, BuildScript.steps().log("Step 1/2 : FROM node:20").succeed(),
                    BuildState.SUCCEEDED);
        }

        CliRunner.Result byIdAlone = CliRunner.against(fake).run("logs", id, "--follow");
        CliRunner.Result withService = CliRunner.against(fake).run("logs", id, "--follow", "--app", app);

        assertThat(withService.exitCode()).as(withService.all()).isZero();
        assertThat(withService.out()).contains("Step 1/2 : FROM node:20");
        if (before(version, "v0.28.3")) {
            assertThat(byIdAlone.exitCode()).as(byIdAlone.all()).isEqualTo(4);
            assertThat(byIdAlone.err()).contains("--app");
        } else {
            assertThat(byIdAlone.exitCode()).as(byIdAlone.all()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v0.27.0", "v0.28.2", "v0.29.5", "v0.30.2"})
    void aSuccessfulDeployExitsZeroOnEveryVersion(String version) {
        FakeDokploy fake = start(version);
        String app = fake.createApplication("web", ServiceOptions.dockerImage("nginx:1.27"));

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app, "--wait");

        assertThat(result.exitCode()).as(result.all()).isZero();
    }
}
