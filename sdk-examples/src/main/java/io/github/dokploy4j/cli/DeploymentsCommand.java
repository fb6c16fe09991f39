package io.github.dokploy4j.cli;

import picocli.CommandLine.Model.CommandSpec;

/** {@code dokploy deployments}: the group of deployment listings. */
final class DeploymentsCommand implements CliCommand {
    private final DokployCli cli;
    private CommandSpec spec;

    DeploymentsCommand(DokployCli cli) {
        this.cli = cli;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.of(this, "Lists deployments (see: deployments list --help)")
                .add("list", new ListDeploymentsCommand(cli).model())
                .withHelp();
        return spec;
    }

    /** Without {@code list}: prints the usage to stderr. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
