package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeployCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void withoutWaitItQueuesTheDeployAndReturns(FakeDokploy fake) {
        String app = fake.createApplication("queued-only");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.untilReleased());

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app);
        // released before the assertions: a build left held would queue every later deploy of this fake behind it
        build.awaitState(BuildState.HELD, Seed.WAIT).release();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Queued a deploy of queued-only.");
    }

    @Test
    void waitShowsEachPhaseAndASummaryAndExitsZero(FakeDokploy fake) {
        String app = fake.createApplication("web", ServiceOptions.dockerImage("nginx:1.27"));
        fake.scriptNextBuild(app, BuildScript.succeedAfter(Duration.ofMillis(300)));

        CliRunner.Result result = CliRunner.against(fake)
                .run("deploy", "--app", app, "--title", "Release 7", "--wait");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsSubsequence("QUEUED", "RUNNING", "DONE", "web deployed in")
                .contains("Release 7");
        assertThat(result.out().lines().filter(line -> line.startsWith("QUEUED"))).singleElement()
                .asString().contains("  web");
    }

    @Test
    void followStreamsTheBuildLogBetweenThePhasesAndTheSummary(FakeDokploy fake) {
        String app = fake.createApplication("followed", ServiceOptions.dockerImage("nginx:1.27"));
        fake.scriptNextBuild(app, BuildScript.steps().log("Step 1/2 : FROM node:20").pause(Duration.ofMillis(200))
                .log("Step 2/2 : RUN npm ci").succeed());

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app, "--follow");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsSubsequence("QUEUED", "RUNNING", "Step 1/2 : FROM node:20",
                "Step 2/2 : RUN npm ci", "DONE", "deployed in");
    }

    @Test
    void followWithJsonStreamsTheLogToStderrAndKeepsStdoutOneDocument(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("followed-json", ServiceOptions.dockerImage("nginx:1.27"));
        fake.scriptNextBuild(app, BuildScript.steps().log("Step 1/1 : FROM node:20").fail());

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app, "--follow", "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Step 1/1 : FROM node:20");
        assertThat(new ObjectMapper().readTree(result.out()).path("status").asText()).isEqualTo("error");
    }

    @Test
    void composeServicesDeployToo(FakeDokploy fake) {
        String stack = fake.createCompose("stack", ServiceOptions.dockerImage("nginx:1.27"));

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--compose", stack, "--wait");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("deployed in");
    }

    @Test
    void aFailedBuildExitsOneAndShowsTheLastLogLines(FakeDokploy fake) {
        String app = fake.createApplication("broken", ServiceOptions.dockerImage("nginx:1.27"));
        fake.scriptNextBuild(app, BuildScript.steps().log("npm ERR! missing script: build").fail());

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app, "--wait");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("error after", "npm ERR! missing script: build");
    }

    @Test
    void aWaitThatRunsOutExitsFive(FakeDokploy fake) {
        String app = fake.createApplication("slow");
        ScriptedBuild build = fake.scriptNextBuild(app, BuildScript.untilReleased());

        CliRunner.Result result = CliRunner.against(fake)
                .run("deploy", "--app", app, "--wait", "--timeout", "1s");

        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).contains("error:", "--timeout");
        build.release();
    }

    @Test
    void anUnknownApplicationExitsFour(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", "doesNotExist123", "--wait");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("no application has the id or name doesNotExist123");
    }

    @Test
    void jsonPrintsTheFinalRowOnly(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("json-deploy", ServiceOptions.dockerImage("nginx:1.27"));

        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", app, "--wait", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode row = new ObjectMapper().readTree(result.out());
        assertThat(row.path("status").asText()).isEqualTo("done");
        assertThat(row.path("applicationId").asText()).isEqualTo(app);
        assertThat(row.has("isPreviewDeployment")).isTrue();
    }

    @Test
    void appAndComposeTogetherAreAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", "a", "--compose", "b");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void aMalformedTimeoutIsAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("deploy", "--app", "a", "--timeout", "soon");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'soon' is not a duration");
    }
}
