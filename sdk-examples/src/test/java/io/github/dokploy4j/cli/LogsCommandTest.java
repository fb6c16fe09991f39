package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogsCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    private static String deploymentWithLog(FakeDokploy fake) {
        String app = fake.createApplication("web");
        try (Seed seed = new Seed(fake)) {
            return seed.finishedApp(app, BuildScript.steps().log("Step 1/2 : FROM node:20").log("Step 2/2 : RUN npm ci")
                    .succeed(), BuildState.SUCCEEDED);
        }
    }

    @Test
    void printsTheLog(FakeDokploy fake) {
        String id = deploymentWithLog(fake);

        CliRunner.Result result = CliRunner.against(fake).run("logs", id);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsSubsequence("Step 1/2 : FROM node:20", "Step 2/2 : RUN npm ci");
    }

    @Test
    void tailPrintsTheLastLines(FakeDokploy fake) {
        String id = deploymentWithLog(fake);

        CliRunner.Result result = CliRunner.against(fake).run("logs", id, "--tail", "1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Step 2/2").doesNotContain("Step 1/2");
    }

    @Test
    void jsonIsTheLogAsOneString(FakeDokploy fake) throws Exception {
        String id = deploymentWithLog(fake);

        CliRunner.Result result = CliRunner.against(fake).run("logs", id, "--json");

        assertThat(new ObjectMapper().readTree(result.out()).asText()).contains("Step 2/2");
    }

    @Test
    void followStreamsARunningBuildToItsEndAndExitsZeroWhenItIsDone(FakeDokploy fake) {
        String app = fake.createApplication("live");
        try (Seed seed = new Seed(fake)) {
            String id = seed.deployApp(app, BuildScript.steps().log("first line")
                    .pause(java.time.Duration.ofMillis(400)).log("last line").succeed())
                    .awaitState(BuildState.RUNNING, Seed.WAIT).deploymentId().orElseThrow();

            CliRunner.Result result = CliRunner.against(fake).run("logs", id, "--follow");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).containsSubsequence("first line", "last line");
            assertThat(result.err()).contains("ended done");
        }
    }

    @Test
    void followOfAFailedBuildExitsOne(FakeDokploy fake) {
        String app = fake.createApplication("failed");
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.finishedApp(app, BuildScript.steps().log("exit code 1").fail(), BuildState.FAILED);
        }

        CliRunner.Result result = CliRunner.against(fake).run("logs", id, "--follow");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains("exit code 1");
    }

    @Test
    void aTailOutOfRangeIsAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("logs", "abc", "--tail", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--tail must be between 1 and 10000");
    }

    @Test
    void anUnknownDeploymentExitsFour(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("logs", "doesNotExist123");

        assertThat(result.exitCode()).isEqualTo(4);
    }

    @Test
    void anIdThatStartsWithADashIsReadAsTheIdNotAsAnOption(FakeDokploy fake) {
        // Dokploy's ids are nanoids of [A-Za-z0-9_-]: one in 64 starts with '-'
        CliRunner.Result result = CliRunner.against(fake).run("logs", "-dNzNNIgwo1wPVtk-GThK", "--tail", "1");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(4);
        assertThat(result.err()).contains("Deployment not found");
    }

    @Test
    void anIdThatLooksLikeAShortOptionIsReadAsTheIdWithOrWithoutTheDoubleDash(FakeDokploy fake) {
        CliRunner.Result plain = CliRunner.against(fake).run("logs", "-hNzNNIgwo1wPVtk-GThK");
        CliRunner.Result afterDashes = CliRunner.against(fake).run("logs", "--", "-hNzNNIgwo1wPVtk-GThK");

        assertThat(plain.exitCode()).as(plain.all()).isEqualTo(4);
        assertThat(plain.err()).contains("Deployment not found");
        assertThat(afterDashes.exitCode()).as(afterDashes.all()).isEqualTo(4);
    }
}
