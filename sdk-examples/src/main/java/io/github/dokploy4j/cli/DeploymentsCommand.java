package io.github.dokploy4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dokploy deployments}: the group of deployment listings. */
@Command(name = "deployments", description = "Lists deployments (see: deployments list --help)",
        subcommands = ListDeploymentsCommand.class, mixinStandardHelpOptions = true)
final class DeploymentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
