package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client of DOKPLOY_URL is built while picocli parses, only when nothing on the command line can change it. */
class HeadStartTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void aCommandThatConnectsGetsTheClientOfTheEnvironment(FakeDokploy fake) {
        try (HeadStart start = HeadStart.begin(new String[] {"--json", "queue"}, environment(fake))) {
            Backend backend = start.take();

            assertThat(backend).isNotNull();
            assertThat(backend.address()).isEqualTo(fake.baseUrl());
            assertThat(backend.client().deployments().queueList()).isEmpty();
            backend.close();
        }
    }

    @Test
    void nothingStartsWhenTheCommandLineNamesAServerOrKeyOrAsksForHelpOrNeverConnects(FakeDokploy fake) {
        for (String[] args : new String[][] {{"--url", "http://127.0.0.1:1", "queue"}, {"queue", "--api-key=k"},
            {"queue", "--help"}, {"-V"}, {"demo"}, {"completion"}, {"help"}, {}, {"deplo"}}) {
            try (HeadStart start = HeadStart.begin(args, environment(fake))) {
                assertThat(start.take()).as(String.join(" ", args)).isNull();
            }
        }
    }

    @Test
    void aClientNobodyTookIsClosed(FakeDokploy fake) {
        HeadStart start = HeadStart.begin(new String[] {"queue"}, environment(fake));

        start.close();

        Backend backend = start.take();
        assertThat(backend).isNotNull();
        assertThatThrownBy(() -> backend.client().deployments().queueList())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aClientThatCannotBeBuiltFailsTheCommandAsIfItHadConnectedItself(FakeDokploy fake) {
        CliRunner.Result noKey = new CliRunner().env("DOKPLOY_URL", fake.baseUrl()).run("queue");
        CliRunner.Result badUrl = new CliRunner().env("DOKPLOY_URL", "ftp://dokploy.example.com")
                .env("DOKPLOY_API_KEY", FastFake.API_KEY).run("queue");

        assertThat(noKey.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noKey.err()).contains("error: no API key for " + fake.baseUrl(), "hint: pass --api-key");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badUrl.err()).contains("error: ", "baseUrl");
    }

    @Test
    void theServerOfTheCommandLineWinsOverTheEnvironment(FakeDokploy fake) {
        CliRunner.Result result = new CliRunner().env("DOKPLOY_URL", "http://127.0.0.1:1")
                .env("DOKPLOY_API_KEY", "sk-elsewhere").run("--url", fake.baseUrl(), "--api-key", fake.apiKey(),
                        "--json", "queue");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("[ ]");
    }

    private static UnaryOperator<String> environment(FakeDokploy fake) {
        Map<String, String> variables = Map.of("DOKPLOY_URL", fake.baseUrl(), "DOKPLOY_API_KEY", fake.apiKey());
        return variables::get;
    }
}
