package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedSampleTest {

    @Test
    void withoutAUrlItRunsOnTheEmbeddedSampleAndSaysSoInOneLine() {
        CliRunner.Result result = CliRunner.embedded().run("deployments", "list", "--app", "web-api");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err().lines()).hasSize(1).first().asString()
                .contains("No DOKPLOY_URL set", "embedded fake", "web-api");
        assertThat(result.out()).contains("Release 1.4.0", "Release 1.4.1", "Release 1.4.2");
    }

    @Test
    void theDemoTouresTheSampleAndEndsWithARollback() {
        CliRunner.Result result = CliRunner.embedded().run("demo", "--build-time", "300ms");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsSubsequence(
                "1 \u00b7 Every deployment", "Release 1.4.2",
                "2 \u00b7 Two deploys at once", "waiting", "active",
                "3 \u00b7 Deploy web-api and follow it", "QUEUED", "RUNNING", "Step 1/6", "Docker Deployed", "DONE",
                "web-api deployed in",
                "4 \u00b7 A build that fails", "ERROR", "OrderServiceTest", "(exit code 1)",
                "5 \u00b7 Roll web-api back", "Rolled web-api back to");
        assertThat(result.err()).contains("never on a real server");
    }

    @Test
    void theDemoHasNoJsonOutput() {
        CliRunner.Result result = CliRunner.embedded().run("demo", "--json");

        assertThat(result.exitCode()).isEqualTo(2);
    }
}
