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
    void noCommandPrintsTheUsageAsAUsageError() {
        CliRunner.Result result = CliRunner.embedded().run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: dokploy");
    }
}
