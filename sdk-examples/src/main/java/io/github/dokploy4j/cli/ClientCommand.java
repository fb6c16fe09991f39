package io.github.dokploy4j.cli;

/**
 * A command that talks to a server: it prepares what it needs from its arguments (failing there sends nothing and
 * starts nothing), connects (or starts the embedded sample), runs, and disconnects.
 */
abstract class ClientCommand implements CliCommand {
    private final DokployCli cli;

    ClientCommand(DokployCli cli) {
        this.cli = cli;
    }

    @Override
    public final Integer call() {
        Output output = cli.output();
        prepare(cli, output);
        try (Backend backend = cli.connect(output)) {
            return run(backend, output);
        }
    }

    /**
     * Reads and checks what the command needs from its arguments, before anything connects; nothing by default.
     *
     * @param cli the root command: environment, standard input, error output
     * @param output where the command writes
     */
    void prepare(DokployCli cli, Output output) {
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     */
    abstract int run(Backend backend, Output output);
}
