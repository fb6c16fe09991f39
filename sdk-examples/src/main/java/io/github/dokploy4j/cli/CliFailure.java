package io.github.dokploy4j.cli;

import org.jspecify.annotations.Nullable;

/** A failure the CLI itself detects (not one the SDK throws): an exit code, a one-line message and maybe a hint. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final @Nullable String hint;

    CliFailure(int exitCode, String message, @Nullable String hint) {
        super(message);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    int exitCode() {
        return exitCode;
    }

    @Nullable String hint() {
        return hint;
    }
}
