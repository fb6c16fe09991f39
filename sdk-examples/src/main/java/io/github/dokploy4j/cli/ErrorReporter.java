package io.github.dokploy4j.cli;

import io.github.dokploy4j.error.BadRequestException;
import io.github.dokploy4j.error.DeploymentFailedException;
import io.github.dokploy4j.error.DeploymentTimeoutException;
import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.ForbiddenException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.error.RateLimitedException;
import io.github.dokploy4j.error.UnauthorizedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command threw into one clear line on stderr, a hint where one helps, a stack trace only with
 * {@code --verbose}, and the documented exit code. Messages come from the SDK, which never puts the key in them;
 * the secret values of the command's input ({@link DokployCli#hideInErrors}) are replaced in all of it.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    static final String KEY_HINT = "a key created through the API without rateLimitEnabled:false allows only about "
            + "five requests a day and then gets this same answer; keys made in the UI (Settings → Profile → API/CLI) "
            + "have no limit";

    private final DokployCli cli;

    ErrorReporter(DokployCli cli) {
        this.cli = cli;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        Report report = report(exception);
        Output output = cli.output();
        Palette palette = output.palette();
        output.err().println(palette.red("error: ") + cli.scrub(report.message));
        if (report.hint != null) {
            output.err().println(palette.dim("hint: " + cli.scrub(report.hint)));
        }
        if (exception instanceof DeploymentFailedException) {
            for (String line : ((DeploymentFailedException) exception).lastLogLines().split("\r?\n")) {
                if (!line.isBlank()) {
                    output.err().println(palette.dim("  " + line));
                }
            }
        }
        if (cli.verbose()) {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            output.err().print(cli.scrub(trace.toString()));
        } else if (report.exitCode == ExitCode.SERVER_OR_NETWORK && !(exception instanceof DokployException)) {
            output.err().println(palette.dim("(run with --verbose for the stack trace)"));
        }
        output.err().flush();
        return report.exitCode;
    }

    static Report report(Exception exception) {
        if (exception instanceof CliFailure) {
            CliFailure failure = (CliFailure) exception;
            return new Report(failure.exitCode(), failure.getMessage(), failure.hint());
        }
        if (exception instanceof DeploymentFailedException) {
            return new Report(ExitCode.DEPLOYMENT_FAILED, exception.getMessage(), null);
        }
        if (exception instanceof DeploymentTimeoutException) {
            return new Report(ExitCode.TIMEOUT, exception.getMessage(),
                    "the deployment goes on on the server; raise --timeout to wait longer");
        }
        if (exception instanceof UnauthorizedException) {
            UnauthorizedException unauthorized = (UnauthorizedException) exception;
            if (unauthorized.isAuthenticationFailure()) {
                return new Report(ExitCode.AUTH, "authentication failed: the server did not accept the API key ("
                        + exception.getMessage() + ")", KEY_HINT);
            }
            return new Report(ExitCode.AUTH, "permission denied: " + exception.getMessage(),
                    "the key is valid, but its member role or granted services do not cover this");
        }
        if (exception instanceof ForbiddenException) {
            return new Report(ExitCode.AUTH, "permission denied: " + exception.getMessage(), null);
        }
        if (exception instanceof NotFoundException) {
            NotFoundException notFound = (NotFoundException) exception;
            return new Report(ExitCode.NOT_FOUND, exception.getMessage(), notFound.isUnknownProcedure()
                    ? "this server does not have that procedure: it is probably an older Dokploy" : null);
        }
        if (exception instanceof BadRequestException) {
            return new Report(ExitCode.USAGE, exception.getMessage(), null);
        }
        if (exception instanceof RateLimitedException) {
            RateLimitedException limited = (RateLimitedException) exception;
            return new Report(ExitCode.SERVER_OR_NETWORK, exception.getMessage(), limited.retryAfter()
                    .map(wait -> "retry in " + TimeText.duration(wait)).orElse("retry later"));
        }
        if (exception instanceof DokployException) {
            return new Report(ExitCode.SERVER_OR_NETWORK, exception.getMessage(), null);
        }
        if (exception instanceof IllegalArgumentException || exception instanceof IllegalStateException) {
            return new Report(ExitCode.USAGE, exception.getMessage(), null);
        }
        return new Report(ExitCode.SERVER_OR_NETWORK, "unexpected " + exception, null);
    }

    /** What to say about a failure, and the exit code. */
    static final class Report {
        final int exitCode;
        final String message;
        final @Nullable String hint;

        Report(int exitCode, String message, @Nullable String hint) {
            this.exitCode = exitCode;
            this.message = message;
            this.hint = hint;
        }
    }
}
