package io.github.dokploy4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Dokploy's ids are 21-character nanoids of {@code [A-Za-z0-9_-]}, so about one in 64 starts with {@code -}
 * ({@code -dNzNNIgwo1wPVtk-GThK} is a real one); picocli would read such an id as an option and refuse it. An argument
 * of exactly that shape that follows an option taking a value ({@code --app}, or one of {@code dokploy api}'s field
 * flags) is joined to it ({@code --app=-dNz…}); anywhere else it is moved behind {@code --}, where picocli reads it as
 * the positional parameter it is. Mistyped options keep failing as usage errors: they do not have an id's shape.
 */
final class DashLeadingIds {
    private static final Pattern DASH_LEADING_ID = Pattern.compile("-[A-Za-z0-9_-]{20}");

    private DashLeadingIds() {
    }

    /**
     * Protects the ids among the arguments of a command line.
     *
     * @param root the command line the arguments will run on
     * @param args the arguments
     * @return the arguments with every id protected; {@code args} itself when there is none
     */
    static String[] protect(CommandLine root, String... args) {
        return protect(valueOptions(root, args), args);
    }

    /**
     * Protects the ids among the arguments.
     *
     * @param takesValue whether an option (named with its dashes) takes a value
     * @param args the arguments
     * @return the arguments with every id protected; {@code args} itself when there is none
     */
    static String[] protect(Predicate<String> takesValue, String... args) {
        List<String> options = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        boolean endOfOptions = false;
        boolean joined = false;
        for (String arg : args) {
            if (endOfOptions) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                endOfOptions = true;
            } else if (DASH_LEADING_ID.matcher(arg).matches() && !arg.startsWith("--")) {
                int last = options.size() - 1;
                if (last >= 0 && isOptionTakingValue(options.get(last), takesValue)) {
                    options.set(last, options.get(last) + "=" + arg);
                    joined = true;
                } else {
                    positional.add(arg);
                }
            } else {
                options.add(arg);
            }
        }
        if (positional.isEmpty() && !joined) {
            return args;
        }
        if (!positional.isEmpty()) {
            options.add("--");
            options.addAll(positional);
        }
        String[] protectedArgs = options.toArray(new String[0]);
        return Arrays.equals(protectedArgs, args) ? args : protectedArgs;
    }

    private static boolean isOptionTakingValue(String arg, Predicate<String> takesValue) {
        return arg.startsWith("--") && arg.length() > 2 && arg.indexOf('=') < 0 && takesValue.test(arg);
    }

    /**
     * Which options take a value in the command the arguments run: its own and the inherited global ones, and, in a
     * command that reads options it does not know as parameters ({@code dokploy api}), every other one.
     *
     * @param root the command line the arguments will run on
     * @param args the arguments
     * @return whether an option takes a value
     */
    static Predicate<String> valueOptions(CommandLine root, String... args) {
        CommandLine command = root;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            CommandLine sub = arg.startsWith("-") ? null : command.getSubcommands().get(arg);
            if (sub != null) {
                command = sub;
            }
        }
        CommandSpec spec = command.getCommandSpec();
        return option -> {
            OptionSpec found = spec.findOption(option);
            return found != null ? found.arity().max() > 0 : spec.parser().unmatchedOptionsArePositionalParams();
        };
    }
}
