package io.github.dokploy4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Dokploy's ids are 21-character nanoids of {@code [A-Za-z0-9_-]}, so about one in 64 starts with {@code -}
 * ({@code -dNzNNIgwo1wPVtk-GThK} is a real one); picocli would read such an id given as a positional parameter as an
 * option and refuse it. An argument of exactly that shape which is not the value of the option before it is moved
 * behind {@code --}, where picocli reads it as the positional parameter it is. Mistyped options keep failing as usage
 * errors: they do not have an id's shape.
 */
final class DashLeadingIds {
    private static final Pattern DASH_LEADING_ID = Pattern.compile("-[A-Za-z0-9_-]{20}");

    private DashLeadingIds() {
    }

    static String[] protect(CommandLine root, String... args) {
        List<String> options = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        CommandSpec command = root.getCommandSpec();
        boolean endOfOptions = false;
        String previous = null;
        for (String arg : args) {
            if (endOfOptions) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                endOfOptions = true;
            } else if (isId(arg) && !isValueOf(command, previous)) {
                positional.add(arg);
            } else {
                CommandLine sub = command.subcommands().get(arg);
                if (sub != null) {
                    command = sub.getCommandSpec();
                }
                options.add(arg);
            }
            previous = arg;
        }
        if (positional.isEmpty()) {
            return args;
        }
        options.add("--");
        options.addAll(positional);
        String[] protectedArgs = options.toArray(new String[0]);
        return Arrays.equals(protectedArgs, args) ? args : protectedArgs;
    }

    private static boolean isId(String arg) {
        return DASH_LEADING_ID.matcher(arg).matches() && !arg.startsWith("--");
    }

    /** Whether the argument before names an option of the command that takes a value, such as {@code --app}. */
    private static boolean isValueOf(CommandSpec command, String previous) {
        if (previous == null || !previous.startsWith("-") || previous.contains("=")) {
            return false;
        }
        OptionSpec option = command.findOption(previous);
        return option != null && option.arity().max() > 0;
    }
}
