package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Ids that start with a dash reach the command as ids, wherever they stand; other arguments keep their order. */
class DashLeadingIdsTest {
    /** Every command is set up for the help. */
    private static final CommandLine COMMANDS = new DokployCli(name -> null, false,
            new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).commandLine("--help");

    @Test
    void anIdThatIsTheValueOfAnOptionIsJoinedToIt() {
        assertThat(DashLeadingIds.protect(COMMANDS, "deploy", "--app", "-dNzNNIgwo1wPVtk-GThK", "--wait"))
                .containsExactly("deploy", "--app=-dNzNNIgwo1wPVtk-GThK", "--wait");
        assertThat(DashLeadingIds.protect(COMMANDS, "api", "application.one", "--applicationId",
                "-dNzNNIgwo1wPVtk-GThK")).containsExactly("api", "application.one",
                "--applicationId=-dNzNNIgwo1wPVtk-GThK");
    }

    @Test
    void anIdThatStartsWithADashMovesBehindTheEndOfOptions() {
        assertThat(DashLeadingIds.protect(COMMANDS, "logs", "-dNzNNIgwo1wPVtk-GThK", "--follow"))
                .containsExactly("logs", "--follow", "--", "-dNzNNIgwo1wPVtk-GThK");
    }

    @Test
    void argumentsWithoutSuchAnIdAreLeftAlone() {
        String[] args = {"rm", "Zt8wQk1vR4yN6mB2pXc0L", "--json", "-V"};

        assertThat(DashLeadingIds.protect(COMMANDS, args)).isSameAs(args);
    }

    @Test
    void anExistingEndOfOptionsIsKeptAndTheIdsJoinWhatFollowsIt() {
        assertThat(DashLeadingIds.protect(COMMANDS, "kill", "-Kx9aaaaaaaaaaaaaaaaa", "--", "-Yz0bbbbbbbbbbbbbbbbb"))
                .containsExactly("kill", "--", "-Kx9aaaaaaaaaaaaaaaaa", "-Yz0bbbbbbbbbbbbbbbbb");
    }

    @Test
    void aMistypedLongOptionIsNotMistakenForAnId() {
        String[] args = {"queue", "--jsonnnnnnnnnnnnnnnnn"};

        assertThat(DashLeadingIds.protect(COMMANDS, args)).isSameAs(args);
    }

    @Test
    void anIdAfterAnOptionThatTakesAValueIsJoinedToIt() {
        assertThat(DashLeadingIds.protect(option -> option.equals("--app"), "deploy", "--app",
                "-dNzNNIgwo1wPVtk-GThK", "--wait")).containsExactly("deploy", "--app=-dNzNNIgwo1wPVtk-GThK", "--wait");
        assertThat(DashLeadingIds.protect(option -> option.equals("--app"), "logs", "--follow",
                "-dNzNNIgwo1wPVtk-GThK")).containsExactly("logs", "--follow", "--", "-dNzNNIgwo1wPVtk-GThK");
    }

    @Test
    void theModelSaysWhichOptionsTakeAValue() {
        PrintWriter sink = new PrintWriter(new StringWriter(), true);
        DokployCli cli = new DokployCli(name -> null, false, sink, sink);
        String[] deploy = {"deploy", "--app", "-dNzNNIgwo1wPVtk-GThK"};
        String[] api = {"api", "application.one", "--applicationId", "-dNzNNIgwo1wPVtk-GThK"};
        String[] list = {"deployments", "list", "--app", "x"};

        assertThat(DashLeadingIds.valueOptions(cli.commandLine(deploy), deploy))
                .accepts("--app", "--url", "--timeout").rejects("--wait", "--json", "--bogus");
        assertThat(DashLeadingIds.valueOptions(cli.commandLine(api), api))
                .accepts("--applicationId", "--data").rejects("--json", "--verbose");
        assertThat(DashLeadingIds.valueOptions(cli.commandLine(list), list)).accepts("--app").rejects("--all");
    }

    @Test
    void aServiceIdThatStartsWithADashReachesItsOption() {
        CliRunner.Result result = CliRunner.embedded().run("deploy", "--app", "-dNzNNIgwo1wPVtk-GThK");

        assertThat(result.err()).doesNotContain("Expected parameter").contains("-dNzNNIgwo1wPVtk-GThK");
        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void theCommandsSeeTheIdAndRefuseAnUnknownOneAsTheServerDoes() {
        CliRunner.Result result = CliRunner.embedded().run("rm", "-dNzNNIgwo1wPVtk-GThK");

        assertThat(result.err()).doesNotContain("Unknown option").doesNotContain("Missing required parameter");
        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }
}
