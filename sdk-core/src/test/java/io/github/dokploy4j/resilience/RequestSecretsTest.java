package io.github.dokploy4j.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.JsonAnswer;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.application.ApplicationSaveEnvironmentParams;
import io.github.dokploy4j.error.BadRequestException;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.registry.RegistryCreateParams;
import io.github.dokploy4j.security.SecurityCreateParams;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a request carries stays out of what the SDK prints: the real server answers a duplicate {@code security.create}
 * with the failed SQL insert and its parameters, the password among them, and answers {@code registry.create} with
 * the new registry's password in plain text (issue 17, measured on Dokploy v0.30.2).
 */
class RequestSecretsTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String PASSWORD = "hunter2-P@ss-5e1";
    private static final String TOKEN = "tok-71c4e0a9";

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPasswordTheServerEchoesInItsMessageIsReplacedAndTheRestKept(boolean async) {
        WM.stubFor(post(urlPathEqualTo("/api/security.create")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Failed query: insert into \\\"security\\\" (\\\"securityId\\\","
                        + " \\\"username\\\", \\\"password\\\", \\\"createdAt\\\", \\\"applicationId\\\") values ($1,"
                        + " $2, $3, $4, $5)\\nparams: Xk2jP9vQ7rT1wY5zB3nM8,admin," + PASSWORD
                        + ",2026-12-06T19:47:48.211Z,app-1\",\"code\":\"BAD_REQUEST\",\"data\":{\"code\":"
                        + "\"BAD_REQUEST\",\"httpStatus\":400,\"path\":\"security.create\",\"zodError\":null}}")));
        SecurityCreateParams params = SecurityCreateParams.builder().applicationId("app-1").username("admin")
                .password(PASSWORD).build();

        try (DokployClient client = TestClients.builder(WM.baseUrl()).build()) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> {
                if (async) {
                    Await.result(client.async().security().create(params));
                } else {
                    client.security().create(params);
                }
            });

            assertThat(e.serverMessage()).startsWith("Failed query: insert into \"security\"")
                    .endsWith("\nparams: Xk2jP9vQ7rT1wY5zB3nM8,admin,***,2026-12-06T19:47:48.211Z,app-1");
            assertThat(e.getMessage()).contains("params: Xk2jP9vQ7rT1wY5zB3nM8,admin,***,");
            assertThat(stackTraceOf(e)).doesNotContain(PASSWORD);
            assertThat(e.responseBody()).doesNotContain(PASSWORD);
            assertThat(params.toString()).doesNotContain(PASSWORD).contains("password=***");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aVariableTheServerEchoesIsReplacedOnItsOwn(boolean async) {
        WM.stubFor(post(urlPathEqualTo("/api/application.saveEnvironment")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"Invalid line API_TOKEN=" + TOKEN + "\",\"code\":\"BAD_REQUEST\"}")));
        ApplicationSaveEnvironmentParams params = ApplicationSaveEnvironmentParams.builder().applicationId("app-1")
                .env("DEBUG=1\nAPI_TOKEN=" + TOKEN).createEnvFile(true).build();

        try (DokployClient client = TestClients.builder(WM.baseUrl()).build()) {
            BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> {
                if (async) {
                    Await.result(client.async().applications().saveEnvironment(params));
                } else {
                    client.applications().saveEnvironment(params);
                }
            });

            assertThat(e.serverMessage()).isEqualTo("Invalid line API_TOKEN=***");
            assertThat(stackTraceOf(e)).doesNotContain(TOKEN);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aWholeCallAtTraceWithBodiesLogsNoSecretAlsoWhenTheAnswerEchoesIt(boolean async) {
        WM.stubFor(post(urlPathEqualTo("/api/registry.create")).willReturn(okJson("{\"registryId\":"
                + "\"Rg7kQ2vW9xT4yN1mB5zC8\",\"registryName\":\"ghcr\",\"imagePrefix\":null,\"username\":\"bot\","
                + "\"password\":\"" + PASSWORD + "\",\"registryUrl\":\"ghcr.io\",\"createdAt\":"
                + "\"2026-12-06T19:47:50.001Z\",\"registryType\":\"cloud\",\"organizationId\":\"org-1\"}")));
        RegistryCreateParams params = RegistryCreateParams.builder().registryName("ghcr").username("bot")
                .password(PASSWORD).registryUrl("ghcr.io").registryType(RegistryCreateParams.RegistryType.CLOUD)
                .imagePrefix(null).build();

        String log = capturingStandardError(() -> {
            try (DokployClient client = TestClients.builder(WM.baseUrl()).logBodies(true).build()) {
                JsonAnswer answer = async ? Await.result(client.async().registries().create(params))
                        : client.registries().create(params);
                assertThat(answer.node().path("password").asText()).as("the answer itself is the server's")
                        .isEqualTo(PASSWORD);
                assertThat(answer.toString()).doesNotContain(PASSWORD);
            }
        });

        assertThat(log).contains("request body:").contains("response body:").contains("\"password\":\"***\"")
                .doesNotContain(PASSWORD);
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String capturingStandardError(Runnable session) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            session.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
