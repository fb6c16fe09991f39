package io.github.dokploy4j.cli;

/** The exit codes of {@code dokploy}, as its {@code --help} lists them. */
final class ExitCode {
    static final int SUCCESS = 0;
    static final int DEPLOYMENT_FAILED = 1;
    static final int USAGE = 2;
    static final int AUTH = 3;
    static final int NOT_FOUND = 4;
    static final int TIMEOUT = 5;
    static final int SERVER_OR_NETWORK = 6;

    private ExitCode() {
    }
}
