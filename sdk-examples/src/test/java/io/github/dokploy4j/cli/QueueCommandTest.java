package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.ScriptedBuild;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QueueCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void showsTheRunningAndTheWaitingJobs(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("web");
        try (Seed seed = new Seed(fake)) {
            ScriptedBuild running = seed.deployApp(app, BuildScript.untilReleased());
            running.awaitState(BuildState.HELD, Seed.WAIT);
            seed.deployApp(app, BuildScript.succeedAfter(Duration.ZERO));

            CliRunner.Result table = CliRunner.against(fake).run("queue");
            CliRunner.Result json = CliRunner.against(fake).run("queue", "--json");
            CliRunner.Result raw = CliRunner.against(fake).run("api", "deployment.queueList");
            running.release();

            assertThat(table.exitCode()).isZero();
            assertThat(table.out()).contains("JOB", "STATE", "active", "waiting", "Application " + app);
            JsonNode jobs = new ObjectMapper().readTree(json.out());
            assertThat(jobs).hasSize(2);
            assertThat(jobs.get(0).path("state").asText()).isIn("waiting", "active");
            assertThat(jobs.get(0).path("servicePath").path("label").asText()).isEqualTo("Application");
            // the times as the server sends them: epoch milliseconds, not seconds with a fraction
            JsonNode served = new ObjectMapper().readTree(raw.out());
            for (int i = 0; i < 2; i++) {
                assertThat(jobs.get(i).path("timestamp").isIntegralNumber()).isTrue();
                assertThat(jobs.get(i).path("timestamp")).isEqualTo(served.get(i).path("timestamp"));
                assertThat(jobs.get(i).path("processedOn")).isEqualTo(served.get(i).path("processedOn")
                        .isMissingNode() ? NullNode.getInstance() : served.get(i).path("processedOn"));
            }
        }
    }

    @Test
    void anEmptyQueueSaysSo(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("queue");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("The queue is empty");
    }
}
