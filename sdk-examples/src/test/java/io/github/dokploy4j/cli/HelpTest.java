package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRunner.Result result = CliRunner.embedded().run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("deployments", "queue", "logs", "deploy", "cancel", "kill", "rm",
                "rollback", "watch", "version", "api", "demo", "completion")
                .containsSubsequence("Exit codes:", "0", "success", "1", "failed or was cancelled", "2", "usage",
                        "3", "authentication", "4", "not found", "5", "timeout", "6", "server or network");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRunner.Result result = CliRunner.embedded().run("deplo");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error: Unmatched argument", "did you mean deploy, ",
                "See 'dokploy --help'");
    }

    @Test
    void aMissingParameterIsAUsageErrorBeforeAnythingConnects() {
        String[][] cases = {{"logs", "DEPLOYMENT_ID"}, {"kill", "DEPLOYMENT_ID"}, {"rm", "DEPLOYMENT_ID"},
            {"rollback", "DEPLOYMENT_ID"}, {"api", "PROCEDURE"}};
        for (String[] command : cases) {
            CliRunner.Result result = new CliRunner().env("DOKPLOY_URL", "http://127.0.0.1:1")
                    .env("DOKPLOY_API_KEY", "sk-unused").run(command[0]);

            assertThat(result.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(result.err()).as(command[0])
                    .contains("error: Missing required parameter: '" + command[1] + "'",
                            "See 'dokploy " + command[0] + " --help'")
                    .doesNotContain("connect");
        }
    }

    @Test
    void everyCommandTakesHelpAndVersion() {
        CliRunner.Result help = CliRunner.embedded().run("queue", "--help");
        CliRunner.Result version = CliRunner.embedded().run("queue", "-V");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: dokploy queue", "-h, --help", "-V, --version", "--json");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("dokploy ").contains("(dokploy4j ", "Java ");
    }

    @Test
    void noCommandPrintsTheUsageAsAUsageError() {
        CliRunner.Result result = CliRunner.embedded().run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: dokploy");
    }
}
