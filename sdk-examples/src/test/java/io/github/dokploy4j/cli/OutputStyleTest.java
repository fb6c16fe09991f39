package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutputStyleTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    private static final String ESC = "\u001b[";
    private static String app;

    @BeforeAll
    static void seed(FakeDokploy fake) {
        app = fake.createApplication("colourful");
        try (Seed seed = new Seed(fake)) {
            seed.doneApp(app);
        }
    }

    @Test
    void aTerminalGetsColours(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).onTerminal().run("deployments", "list", "--app", app);

        assertThat(result.out()).contains(ESC + "32mdone");
    }

    @Test
    void pipedOutputHasNoColours(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--app", app);

        assertThat(result.all()).doesNotContain(ESC).contains("done");
    }

    @Test
    void noColorTurnsColoursOffOnATerminal(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).env("NO_COLOR", "1").onTerminal()
                .run("deployments", "list", "--app", app);

        assertThat(result.all()).doesNotContain(ESC);
    }

    @Test
    void theNoColorOptionTurnsColoursOffOnATerminal(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).onTerminal()
                .run("--no-color", "deployments", "list", "--app", app);

        assertThat(result.all()).doesNotContain(ESC);
    }

    @Test
    void errorsOnAPipeHaveNoColoursEither(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("kill", "doesNotExist123");

        assertThat(result.err()).startsWith("error: ").doesNotContain(ESC);
    }

    @Test
    void globalOptionsWorkAfterTheSubcommandToo(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).onTerminal()
                .run("deployments", "list", "--app", app, "--no-color");

        assertThat(result.exitCode()).isZero();
        assertThat(result.all()).doesNotContain(ESC);
    }
}
