package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dokploy completion} prints a bash/zsh script that completes commands, options and procedure names. */
class CompletionCommandTest {

    @Test
    void theScriptKnowsEveryCommandAndEveryProcedure() {
        CliRunner.Result result = CliRunner.embedded().run("completion");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("complete -F", "deployments", "queue", "api", "completion",
                "application.one", "whitelabeling.update");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void bashCompletesAProcedureNameAfterApi(@TempDir Path directory) throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is not installed");
        Path script = directory.resolve("dokploy-completion.bash");
        Files.writeString(script, CliRunner.embedded().run("completion").out());

        assertThat(complete(bash, script, "dokploy api application.on"))
                .containsExactly("application.one");
        assertThat(complete(bash, script, "dokploy api project."))
                .contains("project.all", "project.create", "project.one", "project.remove");
        assertThat(complete(bash, script, "dokploy que")).containsExactly("queue");
    }

    /** The words bash would offer for a command line whose last word is being typed. */
    private static List<String> complete(Path bash, Path script, String line) throws IOException,
            InterruptedException {
        String program = "source '" + script + "'\n"
                + "COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}\n"
                + "read -ra COMP_WORDS <<< \"$COMP_LINE\"; COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                + "_complete_dokploy dokploy \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // stderr only has bash's note that compopt runs outside a real completion
        Process process = new ProcessBuilder(bash.toString(), "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output.lines().map(String::strip).filter(word -> !word.isEmpty()).toList();
    }
}
