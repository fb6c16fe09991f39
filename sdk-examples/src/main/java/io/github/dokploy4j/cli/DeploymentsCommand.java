package io.github.dokploy4j.cli;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dokploy deployments}: the group of deployment listings. */
final class DeploymentsCommand implements CliCommand {
    private final DokployCli cli;
    private @Nullable CommandSpec spec;

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
        CommandLine commandLine = Objects.requireNonNull(spec, "model() runs first").commandLine();
        commandLine.usage(commandLine.getErr());
        return ExitCode.USAGE;
    }
}
