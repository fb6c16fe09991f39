package io.github.dokploy4j.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * The {@code dokploy} commands, in the order the help lists them. picocli reads a command's annotations by reflection
 * when the command is added, which is most of its start-up time, so a command line gets only the command its
 * arguments name; the help, the completion script, a usage error or no command at all get every command.
 */
final class CommandSet {
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();
    /** The commands that show or describe all the others. */
    private static final Set<String> EVERY_COMMAND = Set.of("help", "completion");

    static {
        COMMANDS.put("deployments", DeploymentsCommand.class);
        COMMANDS.put("queue", QueueCommand.class);
        COMMANDS.put("logs", LogsCommand.class);
        COMMANDS.put("deploy", DeployCommand.class);
        COMMANDS.put("cancel", CancelCommand.class);
        COMMANDS.put("kill", KillCommand.class);
        COMMANDS.put("rm", RemoveCommand.class);
        COMMANDS.put("rollback", RollbackCommand.class);
        COMMANDS.put("watch", WatchCommand.class);
        COMMANDS.put("version", VersionCommand.class);
        COMMANDS.put("api", ApiCommand.class);
        COMMANDS.put("demo", DemoCommand.class);
        COMMANDS.put("completion", CompletionCommand.class);
        COMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    private CommandSet() {
    }

    /**
     * Adds to the root command line the commands these arguments need.
     *
     * @param root the {@code dokploy} command line, without subcommands
     * @param args the arguments it will execute
     */
    static void addTo(CommandLine root, String[] args) {
        String named = commandNamed(args);
        if (named != null && !EVERY_COMMAND.contains(named) && COMMANDS.containsKey(named)) {
            add(root, named);
            return;
        }
        // A loop, not a method reference on root: the archive's dump links a class that a method reference binds,
        // and picocli's CommandLine, compiled for Java 5, is then left out of the archive.
        for (String name : COMMANDS.keySet()) {
            add(root, name);
        }
    }

    private static void add(CommandLine root, String name) {
        root.addSubcommand(name, COMMANDS.get(name));
        if (name.equals("api")) {
            ApiCommand.configure(root.getSubcommands().get(name));
        }
    }

    /** Whether there is a command of that name. */
    static boolean has(String name) {
        return COMMANDS.containsKey(name);
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
