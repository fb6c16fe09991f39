package io.github.dokploy4j.cli;

import io.github.dokploy4j.SecretFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code dokploy} command: deployments, the build queue, logs, deploy-and-wait, cancel, rollback and watch on a
 * Dokploy server, through the dokploy4j SDK. With no server address it runs against an embedded fake Dokploy seeded
 * with a sample project.
 */
public final class DokployCli implements Callable<Integer> {
    private final UnaryOperator<String> environment;
    private final boolean terminal;
    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final List<String> hidden = new ArrayList<>();
    private @Nullable HeadStart headStart;
    private @Nullable CommandLine commandLine;
    /** The global options of the latest command line, which hold what it was given. */
    private GlobalOptions global = new GlobalOptions();

    /**
     * Creates the command.
     *
     * @param environment reads environment variables ({@code System::getenv} in production)
     * @param terminal whether standard output is a terminal ({@code System.console() != null}); colours and live
     *     progress lines only then
     * @param out where results go
     * @param err where notes, progress and errors go
     */
    public DokployCli(UnaryOperator<String> environment, boolean terminal, PrintWriter out, PrintWriter err) {
        this(environment, terminal, System.in, out, err);
    }

    /**
     * Creates the command with its own standard input.
     *
     * @param environment reads environment variables ({@code System::getenv} in production)
     * @param terminal whether standard output is a terminal ({@code System.console() != null}); colours and live
     *     progress lines only then
     * @param in standard input, which {@code dokploy api … -} reads its input from
     * @param out where results go
     * @param err where notes, progress and errors go
     */
    public DokployCli(UnaryOperator<String> environment, boolean terminal, InputStream in, PrintWriter out,
            PrintWriter err) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.terminal = terminal;
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            // The embedded fake's Jetty logs at INFO; a CLI user wants only warnings.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = new DokployCli(new SystemEnvironment(), System.console() != null, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Without a command: prints the usage to stderr.
     *
     * @return {@code 2}, a usage error
     */
    @Override
    public Integer call() {
        Objects.requireNonNull(commandLine, "commandLine(args) runs first").usage(err);
        return ExitCode.USAGE;
    }

    /**
     * Runs a command line with this object's writers, environment and terminal.
     *
     * @param args the arguments
     * @return the exit code
     */
    public int execute(String... args) {
        try (HeadStart start = HeadStart.begin(args, environment)) {
            headStart = start;
            CommandLine commandLine = commandLine(args);
            return commandLine.execute(DashLeadingIds.protect(commandLine, args));
        } finally {
            headStart = null;
        }
    }

    /**
     * Builds the picocli command line for these arguments, with this object's writers and the CLI's error handling
     * and exit codes. Only the command the arguments name is set up (every command for the help or a usage error).
     *
     * @param args the arguments the command line will execute
     * @return the command line, ready to {@code execute(args)}
     */
    public CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(model(), CommandModel.FACTORY);
        this.commandLine = commandLine;
        CommandSet.addTo(commandLine, this, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionExceptionHandler(new ErrorReporter(this));
        commandLine.setParameterExceptionHandler(new UsageErrorReporter(environment, new Palette(colours())));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                colours() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return commandLine;
    }

    /**
     * Where and how the current command writes.
     *
     * @return the output
     */
    Output output() {
        boolean machine = CommandModel.given(global.json);
        return new Output(out, err, new Palette(colours()), machine, terminal && !machine);
    }

    Backend connect(Output output) {
        HeadStart start = headStart;
        String address = global.url.getValue();
        String key = global.apiKey.getValue();
        Backend started = address == null && key == null && start != null ? start.take() : null;
        return started != null ? started : Backend.connect(address, key, environment, output);
    }

    boolean verbose() {
        return CommandModel.given(global.verbose);
    }

    /** Reads the whole of standard input, as UTF-8 text. */
    String standardInput() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot read standard input: " + e.getMessage(), null);
        }
    }

    /**
     * Keeps values out of error output from now on: the secret values of a command's input.
     *
     * @param secrets the values; blank ones are ignored
     */
    void hideInErrors(Collection<String> secrets) {
        for (String secret : secrets) {
            if (!secret.isBlank()) {
                hidden.add(secret);
            }
        }
        // the longest first, so that a secret inside a longer one does not leave the rest of the longer one behind
        hidden.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** Replaces every value {@link #hideInErrors} was given. */
    String scrub(String text) {
        String clean = text;
        for (String secret : hidden) {
            clean = clean.replace(secret, SecretFields.PLACEHOLDER);
        }
        return clean;
    }

    private boolean colours() {
        String noColorVariable = environment.apply("NO_COLOR");
        return terminal && !CommandModel.given(global.noColor)
                && (noColorVariable == null || noColorVariable.isEmpty());
    }

    private CommandSpec model() {
        global = new GlobalOptions();
        CommandSpec spec = CommandModel.of(this,
                "Deployments on a Dokploy server, from the terminal.",
                "",
                "With no DOKPLOY_URL (and no --url) it runs against an embedded fake Dokploy seeded with a sample "
                        + "project (services web-api, worker and shop-stack; their names work as ids). "
                        + "Try: dokploy demo")
                .add(global.url, global.apiKey, global.json, global.noColor, global.verbose)
                .withHelp();
        spec.name("dokploy");
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "success");
        exitCodes.put("1", "the deployment failed or was cancelled");
        exitCodes.put("2", "usage: bad arguments, a missing consent, or a request the server refused as invalid (400)");
        exitCodes.put("3", "authentication (the key was refused) or permission");
        exitCodes.put("4", "not found");
        exitCodes.put("5", "timeout: the deployment did not end within --timeout");
        exitCodes.put("6", "server or network error");
        spec.usageMessage()
                .autoWidth(true)
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes)
                .footerHeading("%nEnvironment:%n")
                .footer("  DOKPLOY_URL         the server, e.g. https://dokploy.example.com",
                        "  DOKPLOY_API_KEY     the API key (else DOKPLOY_AUTH_TOKEN)",
                        "  NO_COLOR            any value turns colours off");
        return spec;
    }

    /** The options every command takes, before or after its name. */
    private static final class GlobalOptions {
        final OptionSpec url = everywhere(CommandModel.text("--url", "URL",
                "Dokploy server address (default: $DOKPLOY_URL; unset: the embedded fake)"));
        final OptionSpec apiKey = everywhere(CommandModel.text("--api-key", "KEY",
                "API key (default: $DOKPLOY_API_KEY or $DOKPLOY_AUTH_TOKEN); never printed"));
        final OptionSpec json = everywhere(CommandModel.flag("--json",
                "Machine output: one JSON document with the server's field names"));
        final OptionSpec noColor = everywhere(CommandModel.flag("--no-color",
                "No colours (also: NO_COLOR, or piped output)"));
        final OptionSpec verbose = everywhere(CommandModel.flag("--verbose", "Stack traces on errors"));

        private static OptionSpec everywhere(OptionSpec option) {
            return option.toBuilder().scopeType(ScopeType.INHERIT).build();
        }
    }
}
