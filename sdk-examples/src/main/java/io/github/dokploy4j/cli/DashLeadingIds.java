package io.github.dokploy4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dokploy's ids are 21-character nanoids of {@code [A-Za-z0-9_-]}, so about one in 64 starts with {@code -}
 * ({@code -dNzNNIgwo1wPVtk-GThK} is a real one); picocli would read such an id as an option and refuse it. An argument
 * of exactly that shape is moved behind {@code --}, where picocli reads it as the positional parameter it is. Mistyped
 * options keep failing as usage errors: they do not have an id's shape.
 */
final class DashLeadingIds {
    private static final Pattern DASH_LEADING_ID = Pattern.compile("-[A-Za-z0-9_-]{20}");

    private DashLeadingIds() {
    }

    static String[] protect(String... args) {
        List<String> options = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        boolean endOfOptions = false;
        for (String arg : args) {
            if (endOfOptions) {
                positional.add(arg);
            } else if (arg.equals("--")) {
                endOfOptions = true;
            } else if (DASH_LEADING_ID.matcher(arg).matches() && !arg.startsWith("--")) {
                positional.add(arg);
            } else {
                options.add(arg);
            }
        }
        if (positional.isEmpty()) {
            return args;
        }
        options.add("--");
        options.addAll(positional);
        String[] protectedArgs = options.toArray(new String[0]);
        return Arrays.equals(protectedArgs, args) ? args : protectedArgs;
    }
}
