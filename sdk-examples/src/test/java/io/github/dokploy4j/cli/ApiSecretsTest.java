package io.github.dokploy4j.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code dokploy api} on procedures the testkit's fake does not serve (WireMock, with bodies shaped as Dokploy v0.30.2
 * sends them), and what it keeps secret: standard output has the server's answer as sent, because the user asked for
 * it; standard error never has a secret value of the input, also when the server quotes it and with --verbose.
 */
class ApiSecretsTest {
    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String API_KEY = "sk-live-5a4b3c2d1e0f9a8b7c6d";
    private static final String PASSWORD = "Tr0ub4dor&3-horse-battery";
    private static final String APP_ID = "9LdVEfPUECK4npbD9ytdp";

    /** What v0.30.2 answers {@code security.create} for a username the application already has (issue 17). */
    private static final String FAILED_INSERT = "{\"message\":\"Failed query: insert into \\\"security\\\" "
            + "(\\\"securityId\\\", \\\"username\\\", \\\"password\\\", \\\"createdAt\\\", \\\"applicationId\\\") "
            + "values ($1, $2, $3, $4, $5) returning \\\"securityId\\\", \\\"username\\\", \\\"password\\\", "
            + "\\\"createdAt\\\", \\\"applicationId\\\"\\nparams: Qx7mN2pL9vR4tY6wZ1aBc,admin," + PASSWORD
            + ",2026-11-30T10:15:42.318Z," + APP_ID + "\",\"code\":\"BAD_REQUEST\",\"data\":{\"code\":\"BAD_REQUEST\","
            + "\"httpStatus\":400,\"path\":\"security.create\",\"zodError\":null}}";

    @Test
    void aPasswordTheServerQuotesInA400NeverReachesStandardErrorNotEvenVerbose() {
        SERVER.stubFor(post(urlPathEqualTo("/api/security.create")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(FAILED_INSERT)));

        CliRunner.Result plain = cli().run("api", "security.create", "--applicationId", APP_ID, "--username", "admin",
                "--password", PASSWORD);
        CliRunner.Result verbose = cli().run("--verbose", "api", "security.create", "--applicationId", APP_ID,
                "--username", "admin", "--password=" + PASSWORD);
        CliRunner.Result fromData = cli().run("--verbose", "api", "security.create", "--data",
                "{\"applicationId\":\"" + APP_ID + "\",\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}");

        for (CliRunner.Result result : List.of(plain, verbose, fromData)) {
            assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(result.err()).contains("security.create", "Failed query: insert into", "params:")
                    .doesNotContain(PASSWORD).doesNotContain(API_KEY);
            assertThat(result.out()).isEmpty();
        }
        assertThat(verbose.err()).contains("api: POST security.create, fields applicationId, username, password",
                "at io.github.dokploy4j");
        SERVER.verify(3, postRequestedFor(urlPathEqualTo("/api/security.create"))
                .withRequestBody(equalToJson("{\"applicationId\":\"" + APP_ID + "\",\"username\":\"admin\","
                        + "\"password\":\"" + PASSWORD + "\"}")));
    }

    @Test
    void anAnswerThatCarriesASecretIsPrintedOnStandardOutputAsTheServerSentIt() {
        String created = "{\"registryId\":\"Rg5tHy7uJi9oKl1zXc3vB\",\"registryName\":\"ghcr\",\"imagePrefix\":null,"
                + "\"username\":\"deploy-bot\",\"password\":\"" + PASSWORD + "\",\"registryUrl\":\"ghcr.io\","
                + "\"createdAt\":\"2026-11-30T10:15:42.318Z\",\"registryType\":\"cloud\","
                + "\"organizationId\":\"Or2gAn4iZa6tIo8nXx0yZ\",\"serverId\":null}";
        SERVER.stubFor(post(urlPathEqualTo("/api/registry.create")).willReturn(okJson(created)));

        CliRunner.Result result = cli().run("--verbose", "api", "registry.create", "--registryName", "ghcr",
                "--username", "deploy-bot", "--password", PASSWORD, "--registryUrl", "ghcr.io",
                "--registryType", "cloud");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(created);
        assertThat(result.err()).doesNotContain(PASSWORD);
    }

    @Test
    void aQueryTheFakeDoesNotServeIsAGetWithItsParametersAsText() {
        SERVER.stubFor(get(urlPathEqualTo("/api/application.readLogs"))
                .willReturn(okJson("\"2026-11-30T10:15:42Z GET /health 200\\n\"")));

        CliRunner.Result result = cli().run("api", "application.readLogs", "--applicationId", APP_ID, "--tail", "50",
                "--since", "5m", "--search", "GET");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("\"2026-11-30T10:15:42Z GET /health 200\\n\"");
        SERVER.verify(getRequestedFor(urlPathEqualTo("/api/application.readLogs"))
                .withQueryParam("applicationId", equalTo(APP_ID)).withQueryParam("tail", equalTo("50"))
                .withQueryParam("since", equalTo("5m")).withQueryParam("search", equalTo("GET")));
    }

    @Test
    void aParseErrorThatQuotesTheArgumentsMasksASecretFieldsValue() {
        CliRunner.Result result = cli().run("queue", "--password", PASSWORD);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("error: ", "--password").doesNotContain(PASSWORD);
    }

    @Test
    void anInputCheckThatFailsNeverQuotesTheSecret() {
        CliRunner.Result result = cli().run("--verbose", "api", "security.create", "--applicationId", APP_ID,
                "--password", PASSWORD);

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("username is required (security.create)").doesNotContain(PASSWORD);
        SERVER.verify(0, postRequestedFor(urlPathEqualTo("/api/security.create")));
    }

    private static CliRunner cli() {
        return new CliRunner().env("DOKPLOY_URL", SERVER.baseUrl()).env("DOKPLOY_API_KEY", API_KEY);
    }
}
