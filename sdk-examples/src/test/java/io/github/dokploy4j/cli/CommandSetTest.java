package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line sets up only the command its arguments name; the help and mistakes get every command. */
class CommandSetTest {
    private static final String[] EVERY_COMMAND = {"deployments", "queue", "logs", "deploy", "cancel", "kill", "rm",
        "rollback", "watch", "version", "api", "demo", "completion", "help"};

    @Test
    void theCommandIsTheFirstArgumentThatIsNoGlobalOptionNorItsValue() {
        assertThat(CommandSet.commandNamed(new String[] {"--json", "queue"})).isEqualTo("queue");
        assertThat(CommandSet.commandNamed(new String[] {"--url", "http://127.0.0.1:3000", "--api-key", "deploy",
            "logs", "--tail", "5"})).isEqualTo("logs");
        assertThat(CommandSet.commandNamed(new String[] {"--url=http://127.0.0.1:3000", "--no-color", "queue"}))
                .isEqualTo("queue");
        assertThat(CommandSet.commandNamed(new String[] {"--", "queue"})).isNull();
        assertThat(CommandSet.commandNamed(new String[] {"--verbose"})).isNull();
    }

    @Test
    void aCommandLineForOneCommandHasOnlyThatCommand() {
        assertThat(cli().commandLine("--json", "queue").getSubcommands()).containsOnlyKeys("queue");
        assertThat(cli().commandLine("deployments", "list", "--all").getSubcommands()).containsOnlyKeys("deployments");
    }

    @Test
    void onlyTheApiCommandReadsOptionsItDoesNotKnowAsItsParameters() {
        assertThat(cli().commandLine("api", "application.one").getSubcommands().get("api").getCommandSpec().parser()
                .unmatchedOptionsArePositionalParams()).isTrue();
        assertThat(cli().commandLine("help").getSubcommands().get("deploy").getCommandSpec().parser()
                .unmatchedOptionsArePositionalParams()).isFalse();
    }

    @Test
    void theHelpNoCommandAndAnUnknownCommandGetEveryCommandInTheHelpsOrder() {
        for (String[] args : new String[][] {{"help"}, {"--help"}, {}, {"deplo"}, {"completion"}}) {
            Map<String, ?> subcommands = cli().commandLine(args).getSubcommands();
            assertThat(subcommands.keySet()).containsExactly(EVERY_COMMAND);
        }
    }

    @Test
    void picocliReadsTheAnnotationsOfItsOwnHelpCommandOnly() {
        // Each annotation type picocli reads costs every start a proxy class: the commands' models are code.
        for (Map.Entry<String, CommandLine> command : cli().commandLine("help").getSubcommands().entrySet()) {
            Object userObject = command.getValue().getCommandSpec().userObject();
            boolean annotated = Stream.concat(Stream.of(userObject.getClass().getAnnotations()),
                            Stream.of(userObject.getClass().getDeclaredFields()).flatMap(
                                    field -> Stream.of(field.getAnnotations())))
                    .anyMatch(annotation -> annotation.annotationType().getName().startsWith("picocli."));
            assertThat(annotated).as(command.getKey()).isEqualTo(command.getKey().equals("help"));
        }
    }

    private static DokployCli cli() {
        PrintWriter writer = new PrintWriter(new StringWriter(), true);
        return new DokployCli(name -> null, false, writer, writer);
    }
}
