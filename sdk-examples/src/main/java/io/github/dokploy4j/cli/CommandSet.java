package io.github.dokploy4j.cli;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The {@code dokploy} commands, in the order the help lists them. Setting a command up costs start-up time, so a
 * command line gets only the command its arguments name; the help, the completion script, a usage error or no
 * command at all get every command.
 */
final class CommandSet {
    /** The commands, in the help's order; picocli's {@code help COMMAND} last. */
    private static final List<String> NAMES = List.of("deployments", "queue", "logs", "deploy", "cancel", "kill",
            "rm", "rollback", "watch", "version", "api", "demo", "completion", "help");
    /** The commands that show or describe all the others. */
    private static final Set<String> EVERY_COMMAND = Set.of("help", "completion");

    private CommandSet() {
    }

    /**
     * Adds to the root command line the commands these arguments need.
     *
     * @param root the {@code dokploy} command line, without subcommands
     * @param cli the root command, which the commands write and connect through
     * @param args the arguments it will execute
     */
    static void addTo(CommandLine root, DokployCli cli, String[] args) {
        String named = commandNamed(args);
        if (named != null && !EVERY_COMMAND.contains(named) && NAMES.contains(named)) {
            root.addSubcommand(named, model(named, cli));
            return;
        }
        for (String name : NAMES) {
            root.addSubcommand(name, model(name, cli));
        }
    }

    /** Whether there is a command of that name. */
    static boolean has(String name) {
        return NAMES.contains(name);
    }

    // A switch, not a map of constructor references: linking a dozen method references at every start costs more
    // than picocli's parse of the arguments.
    private static Object model(String name, DokployCli cli) {
        switch (name) {
            case "deployments":
                return new DeploymentsCommand(cli).model();
            case "queue":
                return new QueueCommand(cli).model();
            case "logs":
                return new LogsCommand(cli).model();
            case "deploy":
                return new DeployCommand(cli).model();
            case "cancel":
                return new CancelCommand(cli).model();
            case "kill":
                return new KillCommand(cli).model();
            case "rm":
                return new RemoveCommand(cli).model();
            case "rollback":
                return new RollbackCommand(cli).model();
            case "watch":
                return new WatchCommand(cli).model();
            case "version":
                return new VersionCommand(cli).model();
            case "api":
                return new ApiCommand(cli).model();
            case "demo":
                return new DemoCommand(cli).model();
            case "completion":
                return new CompletionCommand(cli).model();
            case "help":
                // picocli's own command: the one model read from annotations, only for the help
                return new CommandLine.HelpCommand();
            default:
                throw new IllegalArgumentException("no command " + name);
        }
    }

    /**
     * The first argument that is neither a global option nor an option's value: the command, as picocli will read
     * it. Global options with a value ({@code --url}, {@code --api-key}) take the next argument unless written
     * {@code --option=value}.
     */
    static @Nullable String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return null;
            }
            if (arg.equals("--url") || arg.equals("--api-key")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }
}
