package io.github.dokploy4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that talks to a server: it connects (or starts the embedded sample), runs, and disconnects. */
abstract class ClientCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        DokployCli cli = (DokployCli) spec.root().userObject();
        Output output = cli.output();
        try (Backend backend = cli.connect(output)) {
            return run(backend, output);
        }
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     */
    abstract int run(Backend backend, Output output);
}
