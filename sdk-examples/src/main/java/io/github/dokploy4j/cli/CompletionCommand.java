package io.github.dokploy4j.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dokploy completion}: prints a completion script for bash and zsh, made by picocli from the commands'
 * model: commands, their options, enum values, and the names of every procedure after {@code dokploy api}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Prints a completion script for bash and zsh: commands, options and, after 'dokploy api', "
                + "the name of every procedure.",
            "Load it in the current shell:    source <(dokploy completion)",
            "or for every new bash:           dokploy completion > ~/.local/share/bash-completion/completions/dokploy",
            "In zsh the script loads bashcompinit itself."})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DokployCli cli = (DokployCli) spec.root().userObject();
        Output output = cli.output();
        output.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        output.out().flush();
        return ExitCode.SUCCESS;
    }
}
