package io.github.dokploy4j.cli;

import picocli.AutoComplete;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dokploy completion}: prints a completion script for bash and zsh, made by picocli from the commands'
 * model: commands, their options, enum values, and the names of every procedure after {@code dokploy api}.
 */
final class CompletionCommand implements CliCommand {
    private final DokployCli cli;
    private @Nullable CommandSpec spec;

    CompletionCommand(DokployCli cli) {
        this.cli = cli;
    }

    @Override
    public CommandSpec model() {
        spec = CommandModel.of(this,
                "Prints a completion script for bash and zsh: commands, options and, after 'dokploy api', the name "
                        + "of every procedure.",
                "Load it in the current shell:    source <(dokploy completion)",
                "or for every new bash:           dokploy completion > "
                        + "~/.local/share/bash-completion/completions/dokploy",
                "In zsh the script loads bashcompinit itself.")
                .withHelp();
        return spec;
    }

    @Override
    public Integer call() {
        Output output = cli.output();
        CommandSpec root = Objects.requireNonNull(spec, "model() runs first").root();
        output.out().print(AutoComplete.bash(root.name(), root.commandLine()));
        output.out().flush();
        return ExitCode.SUCCESS;
    }
}
