package io.github.dokploy4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** A command of {@code dokploy}: its picocli model, declared in code ({@link CommandModel}), and what it does. */
interface CliCommand extends Callable<Integer> {
    /**
     * The command's options, parameters and help; picocli calls the command when the arguments name it.
     *
     * @return a new model, whose options hold this command's values once picocli has parsed the arguments
     */
    CommandSpec model();
}
