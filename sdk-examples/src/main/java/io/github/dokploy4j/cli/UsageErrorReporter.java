package io.github.dokploy4j.cli;

import io.github.dokploy4j.SecretFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not parse: one {@code error:} line, picocli's suggestions, and where to read
 * the usage; exit code 2. Parse errors quote arguments, so anything that may be a key is masked first: the value of
 * {@code --api-key}, the argument after a mistyped {@code --api…}/{@code --key…}/{@code --token…} option or after a
 * secret field's flag ({@code --password}, by the SDK's rule), and the keys in the environment.
 */
final class UsageErrorReporter implements IParameterExceptionHandler {
    private static final String MASK = "****";

    private final UnaryOperator<String> environment;
    private final Palette palette;

    UsageErrorReporter(UnaryOperator<String> environment, Palette palette) {
        this.environment = environment;
        this.palette = palette;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        List<String> secrets = secrets(args);
        var err = commandLine.getErr();
        err.println(palette.red("error: ") + mask(exception.getMessage(), secrets));
        if (exception instanceof UnmatchedArgumentException) {
            List<String> suggestions = ((UnmatchedArgumentException) exception).getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(palette.dim("hint: did you mean " + String.join(", ", suggestions) + "?"));
            }
        }
        if (exception.getMessage() != null && exception.getMessage().contains("found '-")) {
            err.println(palette.dim("hint: an id that starts with '-' and looks like an option goes after '--',"
                    + " e.g. " + commandLine.getCommandSpec().qualifiedName() + " -- -hXYZ…"));
        }
        err.println(palette.dim("Usage: " + commandLine.getHelp().synopsis(0).trim()));
        err.println(palette.dim("See '" + commandLine.getCommandSpec().qualifiedName() + " --help'."));
        err.flush();
        return ExitCode.USAGE;
    }

    private List<String> secrets(String[] args) {
        List<String> secrets = new ArrayList<>();
        for (String name : new String[] {"DOKPLOY_API_KEY", "DOKPLOY_AUTH_TOKEN"}) {
            String value = environment.apply(name);
            if (value != null && !value.isBlank()) {
                secrets.add(value.strip());
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i].toLowerCase(Locale.ROOT);
            boolean keyLike = arg.startsWith("--api") || arg.startsWith("--key") || arg.startsWith("--token");
            if (!keyLike && !isSecretField(args[i])) {
                continue;
            }
            int equals = args[i].indexOf('=');
            if (equals >= 0) {
                secrets.add(args[i].substring(equals + 1));
            } else if (i + 1 < args.length) {
                secrets.add(args[i + 1]);
            }
        }
        return secrets;
    }

    /** A field flag of {@code dokploy api} whose field is secret by the SDK's rule, e.g. {@code --password}. */
    private static boolean isSecretField(String arg) {
        if (!arg.startsWith("--") || arg.length() == 2) {
            return false;
        }
        int equals = arg.indexOf('=');
        return SecretFields.isSecret(equals < 0 ? arg.substring(2) : arg.substring(2, equals));
    }

    private static String mask(String message, List<String> secrets) {
        String masked = message;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
