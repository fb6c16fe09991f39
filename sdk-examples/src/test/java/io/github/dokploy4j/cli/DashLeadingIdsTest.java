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
    void anIdThatIsTheValueOfAnOptionStaysWithIt() {
        String[] args = {"deploy", "--app", "-dNzNNIgwo1wPVtk-GThK", "--wait"};

        assertThat(DashLeadingIds.protect(COMMANDS, args)).isSameAs(args);
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
    void theCommandsSeeTheIdAndRefuseAnUnknownOneAsTheServerDoes() {
        CliRunner.Result result = CliRunner.embedded().run("rm", "-dNzNNIgwo1wPVtk-GThK");

        assertThat(result.err()).doesNotContain("Unknown option").doesNotContain("Missing required parameter");
        assertThat(result.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }
}
