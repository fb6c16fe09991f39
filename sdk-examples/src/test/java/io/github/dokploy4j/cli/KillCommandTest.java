package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KillCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void killsAScheduleRun(FakeDokploy fake) {
        String run = fake.startScheduleRun(fake.createSchedule("nightly-backup"));

        CliRunner.Result result = CliRunner.against(fake).run("kill", run);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Killed the process of " + run);
    }

    @Test
    void aBuildHasNoProcessAndTheHintPointsToCancel(FakeDokploy fake) {
        String app = fake.createApplication("web");
        String build;
        try (Seed seed = new Seed(fake)) {
            build = seed.doneApp(app);
        }

        CliRunner.Result result = CliRunner.against(fake).run("kill", build);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Deployment is not running", "dokploy cancel");
    }

    @Test
    void anUnknownDeploymentExitsFour(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("kill", "doesNotExist123");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("Deployment not found");
    }

    @Test
    void itsHelpSendsBuildsToCancel(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("kill", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("schedule run", "dokploy cancel");
    }
}
