package io.github.dokploy4j.error;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.AuthScheme;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.ViewMode;
import io.github.dokploy4j.deployment.ServiceType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every error answer of the real server (server-facts §3, §10.4, §12) becomes the exception of its status. */
@WireMockTest
class ErrorMappingTest {
    private static final String VALIDATION = "{\"message\":\"Input validation failed\",\"code\":\"BAD_REQUEST\","
            + "\"data\":{\"code\":\"BAD_REQUEST\",\"httpStatus\":400,\"path\":\"deployment.allByType\",\"zodError\":"
            + "{\"formErrors\":[],\"fieldErrors\":{\"type\":[\"Invalid option: expected one of \\\"application\\\"|"
            + "\\\"compose\\\"|\\\"server\\\"|\\\"schedule\\\"|\\\"previewDeployment\\\"|\\\"backup\\\"|"
            + "\\\"volumeBackup\\\"\"]}}},\"issues\":[{\"code\":\"invalid_value\",\"values\":[\"application\","
            + "\"compose\",\"server\",\"schedule\",\"previewDeployment\",\"backup\",\"volumeBackup\"],\"path\":"
            + "[\"type\"],\"message\":\"Invalid option: expected one of \\\"application\\\"|\\\"compose\\\"|"
            + "\\\"server\\\"|\\\"schedule\\\"|\\\"previewDeployment\\\"|\\\"backup\\\"|\\\"volumeBackup\\\"\"}]}";

    private DokployClient client;
    private WireMockRuntimeInfo server;

    @BeforeEach
    void startClient(WireMockRuntimeInfo wm) {
        server = wm;
        client = TestClients.builder(wm.getHttpBaseUrl()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static void answer(int status, String contentType, String body) {
        stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withHeader("Content-Type", contentType)
                .withBody(body)));
    }

    private <T extends Throwable> T failure(ViewMode mode, Class<T> type) {
        return catchThrowableOfType(type, () -> mode.call(client, d -> d.allByType(ServiceType.POSTGRES, "pg1"),
                d -> d.allByType(ServiceType.POSTGRES, "pg1")));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void validationErrorCarriesTheIssues(ViewMode mode) {
        answer(400, "application/json", VALIDATION);

        BadRequestException e = failure(mode, BadRequestException.class);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).contains("BAD_REQUEST");
        assertThat(e.serverMessage()).isEqualTo("Input validation failed");
        assertThat(e.procedure()).isEqualTo("deployment.allByType");
        assertThat(e.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("invalid_value");
            assertThat(issue.path()).containsExactly("type");
            assertThat(issue.message()).startsWith("Invalid option: expected one of");
        });
        assertThat(e.getMessage()).startsWith("deployment.allByType failed with HTTP 400 BAD_REQUEST: Input validation"
                + " failed; type: Invalid option");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void plainUnauthorizedIsAnAuthenticationFailureThatMentionsTheRateLimit(ViewMode mode) {
        answer(401, "application/json", "{\"message\":\"Unauthorized\"}");

        UnauthorizedException e = failure(mode, UnauthorizedException.class);

        assertThat(e.isAuthenticationFailure()).isTrue();
        assertThat(e.code()).isEmpty();
        assertThat(e.getMessage()).contains("missing, wrong, disabled or expired").contains("rate-limit budget")
                .doesNotContain("Bearer");
        verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void plainUnauthorizedWithTheBearerSchemeSaysBearerIsIgnored(ViewMode mode, WireMockRuntimeInfo wm) {
        answer(401, "application/json", "{\"message\":\"Unauthorized\"}");
        client.close();
        client = TestClients.builder(wm.getHttpBaseUrl()).authScheme(AuthScheme.BEARER).build();

        UnauthorizedException e = failure(mode, UnauthorizedException.class);

        assertThat(e.getMessage()).contains("ignores since v0.19.0").contains("X_API_KEY");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void unauthorizedWithACodeIsAPermissionFailure(ViewMode mode) {
        answer(401, "application/json", "{\"message\":\"You don't have access to this service\",\"code\":"
                + "\"UNAUTHORIZED\",\"data\":{\"code\":\"UNAUTHORIZED\",\"httpStatus\":401,\"path\":\"deployment.all\","
                + "\"zodError\":null}}");

        UnauthorizedException e = failure(mode, UnauthorizedException.class);

        assertThat(e.isAuthenticationFailure()).isFalse();
        assertThat(e.serverMessage()).isEqualTo("You don't have access to this service");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void deploymentNotFoundIsANotFoundOfAThing(ViewMode mode) {
        answer(404, "application/json", "{\"message\":\"Deployment not found\",\"code\":\"NOT_FOUND\",\"data\":"
                + "{\"code\":\"NOT_FOUND\",\"httpStatus\":404,\"path\":\"deployment.killProcess\",\"zodError\":null}}");

        NotFoundException e = failure(mode, NotFoundException.class);

        assertThat(e.isUnknownProcedure()).isFalse();
        assertThat(e.serverMessage()).isEqualTo("Deployment not found");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void bareNotFoundMeansTheProcedureDoesNotExistOnThisServer(ViewMode mode) {
        answer(404, "application/json", "{\"message\":\"Not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":"
                + "\"NOT_FOUND\",\"httpStatus\":404,\"zodError\":null}}");

        NotFoundException e = failure(mode, NotFoundException.class);

        assertThat(e.isUnknownProcedure()).isTrue();
        assertThat(e.getMessage()).contains("this procedure does not exist on this server (older Dokploy?")
                .contains("deployment.allByType exists since Dokploy v0.22.0");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void deploymentNotRunningIsABadRequest(ViewMode mode) {
        answer(400, "application/json", "{\"message\":\"Deployment is not running\",\"code\":\"BAD_REQUEST\",\"data\":"
                + "{\"code\":\"BAD_REQUEST\",\"httpStatus\":400,\"path\":\"deployment.killProcess\",\"zodError\":null}}");

        BadRequestException e = failure(mode, BadRequestException.class);

        assertThat(e.issues()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("deployment.allByType failed with HTTP 400 BAD_REQUEST: Deployment is not"
                + " running");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void internalErrorIsAServerError(ViewMode mode) {
        answer(500, "application/json", "{\"message\":\"Command execution failed: kill: (4242) - No such process\","
                + "\"code\":\"INTERNAL_SERVER_ERROR\",\"data\":{\"code\":\"INTERNAL_SERVER_ERROR\",\"httpStatus\":500,"
                + "\"path\":\"deployment.killProcess\",\"zodError\":null}}");

        ServerErrorException e = failure(mode, ServerErrorException.class);

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.serverMessage()).contains("No such process");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void unsupportedMediaTypeIsAPlainApiException(ViewMode mode) {
        answer(415, "application/json", "{\"message\":\"Unsupported content-type \\\"text/plain\\\"\",\"code\":"
                + "\"UNSUPPORTED_MEDIA_TYPE\"}");

        DokployApiException e = failure(mode, DokployApiException.class);

        assertThat(e.getClass()).isEqualTo(DokployApiException.class);
        assertThat(e.status()).isEqualTo(415);
        assertThat(e.code()).contains("UNSUPPORTED_MEDIA_TYPE");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void plainTextInvalidJsonKeepsTheStatusAndTheText(ViewMode mode) {
        stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withBody("Invalid JSON")));

        BadRequestException e = failure(mode, BadRequestException.class);

        assertThat(e.code()).isEmpty();
        assertThat(e.serverMessage()).isEqualTo("Invalid JSON");
        assertThat(e.responseBody()).isEqualTo("Invalid JSON");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void htmlBadGatewayFromAProxyIsAServerErrorWithAnExcerpt(ViewMode mode) {
        String page = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway"
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n" + "x".repeat(5_000);
        answer(502, "text/html", page);

        ServerErrorException e = failure(mode, ServerErrorException.class);

        assertThat(e.status()).isEqualTo(502);
        assertThat(e.serverMessage()).isEqualTo("<html>");
        assertThat(e.responseBody()).contains("502 Bad Gateway").hasSizeLessThan(600);
        verify(3, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void tooManyRequestsCarriesRetryAfter(ViewMode mode) {
        stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withBody("{\"message\":\"Too many requests\",\"code\":\"TOO_MANY_REQUESTS\"}")));

        RateLimitedException e = failure(mode, RateLimitedException.class);

        assertThat(e.retryAfter()).contains(java.time.Duration.ofSeconds(120));
        verify(1, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void olderServersWithoutDataStillMap(ViewMode mode) {
        answer(404, "application/json", "{\"message\":\"Deployment not found\",\"code\":\"NOT_FOUND\"}");

        NotFoundException e = failure(mode, NotFoundException.class);

        assertThat(e.serverMessage()).isEqualTo("Deployment not found");
        assertThat(e.isUnknownProcedure()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void theApiKeyEchoedInABodyIsRedacted(ViewMode mode) {
        answer(400, "application/json", "{\"message\":\"bad key " + TestClients.API_KEY + "\"}");

        BadRequestException e = failure(mode, BadRequestException.class);

        assertThat(e.getMessage()).doesNotContain(TestClients.API_KEY).contains("***");
        assertThat(e.serverMessage()).doesNotContain(TestClients.API_KEY);
        assertThat(e.responseBody()).doesNotContain(TestClients.API_KEY);
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void theServersMessageKeepsItsLineBreaksWhileTheExceptionMessageEscapesThem(ViewMode mode) {
        // the real server's 500 of killProcess on a pid that is gone (server-facts §12), three lines
        String threeLines = "Command execution failed: Command failed: kill -9 4242\\n"
                + "/bin/sh: 1: kill: No such process\\n\\n";
        answer(500, "application/json", "{\"message\":\"" + threeLines + "\",\"code\":\"INTERNAL_SERVER_ERROR\","
                + "\"data\":{\"code\":\"INTERNAL_SERVER_ERROR\",\"httpStatus\":500,"
                + "\"path\":\"deployment.killProcess\",\"zodError\":null}}");
        client.close();
        client = TestClients.builder(server.getHttpBaseUrl()).maxRetries(0).build();

        ServerErrorException e = failure(mode, ServerErrorException.class);

        assertThat(e.serverMessage()).isEqualTo("Command execution failed: Command failed: kill -9 4242\n"
                + "/bin/sh: 1: kill: No such process\n\n");
        assertThat(e.getMessage()).doesNotContain("\n").contains("kill -9 4242\\n/bin/sh: 1: kill: No such process");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void theKeyIsScrubbedFromTheServersMessageAndTheRestKept(ViewMode mode) {
        answer(400, "application/json", "{\"message\":\"bad key " + TestClients.API_KEY + "\\nsecond line\","
                + "\"code\":\"BAD_REQUEST\"}");

        BadRequestException e = failure(mode, BadRequestException.class);

        assertThat(e.serverMessage()).isEqualTo("bad key ***\nsecond line");
        assertThat(e.toString()).doesNotContain(TestClients.API_KEY);
    }
}
