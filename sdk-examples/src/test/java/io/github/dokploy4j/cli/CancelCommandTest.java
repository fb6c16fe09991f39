package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.ScriptedBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CancelCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void withNothingQueuedOrRunningThereIsNothingToCancel(FakeDokploy fake) {
        String app = fake.createApplication("idle");

        CliRunner.Result result = CliRunner.against(fake).run("cancel", "--app", app);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Nothing to cancel");
        assertThat(fake.requestCount("application.cleanQueues")).isZero();
    }

    @Test
    void aWaitingJobIsDroppedOnlyWithConsent(FakeDokploy fake) {
        String app = fake.createApplication("busy");
        try (Seed seed = new Seed(fake)) {
            ScriptedBuild running = seed.deployApp(app, BuildScript.untilReleased());
            running.awaitState(BuildState.HELD, Seed.WAIT);
            seed.deployApp(app, BuildScript.succeedAfter(java.time.Duration.ZERO));

            CliRunner.Result refused = CliRunner.against(fake).run("cancel", "--app", app);

            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("1 waiting job", "--drop-queued");
            assertThat(fake.requestCount("application.cleanQueues")).isZero();
            assertThat(seed.client().deployments().queueList()).hasSize(2);

            CliRunner.Result dropped = CliRunner.against(fake)
                    .run("cancel", "--app", app, "--drop-queued", "--kill-builds");

            assertThat(dropped.exitCode()).isZero();
            assertThat(dropped.out()).contains("Dropped 1 waiting job", "Killed the builds");
            assertThat(running.awaitState(BuildState.FAILED, Seed.WAIT).state()).isEqualTo(BuildState.FAILED);
        }
    }

    @Test
    void aRunningBuildOnASelfHostedServerIsKilledOnlyWithConsent(FakeDokploy fake) {
        String app = fake.createApplication("long-build");
        try (Seed seed = new Seed(fake)) {
            ScriptedBuild build = seed.deployApp(app, BuildScript.untilReleased());
            build.awaitState(BuildState.HELD, Seed.WAIT);

            CliRunner.Result refused = CliRunner.against(fake).run("cancel", "--app", app);

            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("cannot cancel one build", "--kill-builds");
            assertThat(fake.requestCount("application.killBuild")).isZero();

            CliRunner.Result killed = CliRunner.against(fake).run("cancel", "--app", app, "--kill-builds", "--json");

            assertThat(killed.exitCode()).isZero();
            assertThat(killed.out()).contains("\"BUILD_KILLED\"");
            build.awaitState(BuildState.FAILED, Seed.WAIT);
            assertThat(seed.client().deployments().all(app).get(0).status()).isEqualTo(DeploymentStatus.ERROR);
        }
    }
}
