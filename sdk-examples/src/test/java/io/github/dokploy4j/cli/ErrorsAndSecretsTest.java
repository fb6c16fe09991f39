package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorsAndSecretsTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    private static final String WRONG_KEY = "sk-wrong-9d8c7b6a5f4e3d2c1b0a";

    @Test
    void aRefusedKeyExitsThreeAndSaysAuthenticationFailedWithTheRateLimitHint(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).env("DOKPLOY_API_KEY", WRONG_KEY).run("queue");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("authentication failed", "hint:", "five requests a day");
        assertThat(result.err().lines().filter(line -> line.startsWith("error:"))).hasSize(1);
    }

    @Test
    void aPermissionFailureExitsThreeAndSaysPermissionDenied(FakeDokploy fake) {
        fake.onNextRequests("deployment.all", 1).respond(401, "{\"message\":\"You don't have access to this service\","
                + "\"code\":\"UNAUTHORIZED\",\"data\":{\"code\":\"UNAUTHORIZED\",\"httpStatus\":401,"
                + "\"path\":\"deployment.all\",\"zodError\":null}}");

        String app = fake.createApplication("guarded");
        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--app", app);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("permission denied", "You don't have access to this service")
                .doesNotContain("authentication failed");
    }

    @Test
    void theKeyIsNeverPrintedNotEvenInAVerboseStackTrace(FakeDokploy fake) {
        CliRunner.Result wrongKey = CliRunner.embedded()
                .run("--url", fake.baseUrl(), "--api-key", WRONG_KEY, "--verbose", "deployments", "list", "--all");
        CliRunner.Result rightKey = CliRunner.embedded()
                .run("--url", fake.baseUrl(), "--api-key", fake.apiKey(), "--verbose", "kill", "doesNotExist123");
        CliRunner.Result usage = CliRunner.embedded()
                .run("--url", fake.baseUrl(), "--api-key", fake.apiKey(), "--verbose", "deploy", "--bogus");
        CliRunner.Result version = CliRunner.against(fake).run("version", "--verbose");

        assertThat(wrongKey.exitCode()).isEqualTo(3);
        assertThat(wrongKey.err()).contains("at io.github.dokploy4j");
        assertThat(rightKey.exitCode()).isEqualTo(4);
        assertThat(rightKey.err()).contains("at io.github.dokploy4j");
        assertThat(usage.exitCode()).isEqualTo(2);
        for (CliRunner.Result result : new CliRunner.Result[] {wrongKey, rightKey, usage, version}) {
            assertThat(result.all()).doesNotContain(WRONG_KEY).doesNotContain(fake.apiKey());
        }
    }

    @Test
    void aMistypedKeyOptionDoesNotEchoTheKey(FakeDokploy fake) {
        CliRunner.Result spaced = CliRunner.embedded().run("--url", fake.baseUrl(), "--api-ke", WRONG_KEY, "queue");
        CliRunner.Result joined = CliRunner.embedded().run("--url", fake.baseUrl(), "--apikey=" + WRONG_KEY, "queue");
        CliRunner.Result fromEnvironment = CliRunner.against(fake).run("queue", fake.apiKey());

        for (CliRunner.Result result : new CliRunner.Result[] {spaced, joined, fromEnvironment}) {
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("error: ").contains("****");
            assertThat(result.all()).doesNotContain(WRONG_KEY).doesNotContain(fake.apiKey());
        }
    }

    @Test
    void withoutVerboseThereIsNoStackTrace(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("kill", "doesNotExist123");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void aServerErrorExitsSix(FakeDokploy fake) {
        fake.onNextRequests("deployment.queueList", 3).respond(503, "{\"message\":\"Service Unavailable\"}");

        CliRunner.Result result = CliRunner.against(fake).run("queue");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).contains("503");
    }

    @Test
    void anUnreachableServerExitsSix() {
        CliRunner.Result result = CliRunner.embedded().run("--url", "http://127.0.0.1:9", "--api-key", "k", "queue");

        assertThat(result.exitCode()).isEqualTo(6);
        assertThat(result.err()).startsWith("error: ");
    }

    @Test
    void aUrlWithoutAKeyIsAUsageErrorWithAHint() {
        CliRunner.Result result = CliRunner.embedded().env("DOKPLOY_URL", "https://dokploy.example.com").run("queue");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no API key for https://dokploy.example.com", "DOKPLOY_API_KEY");
    }

    @Test
    void theAuthTokenVariableIsReadWhenTheKeyVariableIsUnset(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.embedded().env("DOKPLOY_URL", fake.baseUrl())
                .env("DOKPLOY_AUTH_TOKEN", fake.apiKey()).run("queue");

        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theUrlOptionWinsOverTheEnvironment(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).env("DOKPLOY_URL", "http://127.0.0.1:9")
                .run("--url", fake.baseUrl(), "queue");

        assertThat(result.exitCode()).isZero();
    }
}
