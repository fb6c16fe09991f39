package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.AuthScheme;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.ViewMode;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.error.UnauthorizedException;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.RecordedRequest;
import io.github.dokploy4j.testkit.ServiceOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reaching the fake Dokploy at all: the server version, the escape hatch for procedures the SDK does not model,
 * authentication failures, and the transport rules the real server forces (HTTP/1.1, {@code x-api-key}).
 */
@WithFakeDokploy(manualClock = true)
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class ServerAccessE2ETest {
    private FakeDokploy fake;
    private DokployClient client;

    @BeforeEach
    void connect(FakeDokploy fake) {
        this.fake = fake;
        this.client = TestClients.inFakeTime(fake);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private static DokployClient plainClient(FakeDokploy fake, String apiKey, AuthScheme scheme) {
        return DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(apiKey).authScheme(scheme).build();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void serverVersionIsTheFakesDokployVersion(ViewMode mode) {
        String version = mode == ViewMode.SYNC ? client.serverVersion() : Await.result(client.async().serverVersion());

        assertThat(version).isEqualTo("v0.30.2");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void escapeHatchQueriesAProcedureTheSdkDoesNotModel(ViewMode mode) {
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
        Map<String, String> params = Map.of("applicationId", app);

        JsonNode application = mode == ViewMode.SYNC ? client.procedure("application.one").query(params)
                : Await.result(client.async().procedure("application.one").query(params));

        assertThat(application.path("applicationId").asText()).isEqualTo(app);
        assertThat(application.path("name").asText()).isEqualTo("web-api");
        assertThat(application.path("applicationStatus").asText()).isEqualTo("idle");
        assertThat(application.path("deployments").isArray()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void escapeHatchSendsAMutationAndReturnsItsAnswer(ViewMode mode) {
        String compose = fake.createCompose("shop-stack", ServiceOptions.dockerImage("nginx:1.27"));
        Map<String, String> body = Map.of("composeId", compose, "title", "from the escape hatch");

        JsonNode answer = mode == ViewMode.SYNC ? client.procedure("compose.deploy").mutation(body)
                : Await.result(client.async().procedure("compose.deploy").mutation(body));

        assertThat(answer.path("success").asBoolean()).isTrue();
        assertThat(answer.path("message").asText()).isEqualTo("Deployment queued");
        assertThat(answer.path("composeId").asText()).isEqualTo(compose);
        assertThat(client.deployments().allByCompose(compose)).singleElement()
                .satisfies(row -> assertThat(row.title()).isEqualTo("from the escape hatch"));
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void escapeHatchMutationWithAnEmptyAnswerReturnsNull(ViewMode mode) {
        String app = fake.createApplication("web-api", ServiceOptions.dockerImage("nginx:1.27"));
        Map<String, String> body = Map.of("applicationId", app);

        JsonNode answer = mode == ViewMode.SYNC ? client.procedure("application.deploy").mutation(body)
                : Await.result(client.async().procedure("application.deploy").mutation(body));

        assertThat(answer).isNull();
        assertThat(fake.requestCount("application.deploy")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void unknownProcedureIsNotFoundAndSaysTheProcedureDoesNotExist(ViewMode mode) {
        Map<String, String> params = Map.of("applicationId", "qH3vT9xK2mLp7RwZ4sNbY");

        NotFoundException error = catchThrowableOfType(NotFoundException.class, () -> {
            if (mode == ViewMode.SYNC) {
                client.procedure("deployment.allByPreview").query(params);
            } else {
                Await.result(client.async().procedure("deployment.allByPreview").query(params));
            }
        });

        assertThat(error.isUnknownProcedure()).isTrue();
        assertThat(error.serverMessage()).isEqualTo("Not found");
        assertThat(error.getMessage()).contains("deployment.allByPreview");
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void wrongKeyIsAnAuthenticationFailure(ViewMode mode) {
        try (DokployClient stranger = plainClient(fake, "dk_wrong_key_0000000000000000", AuthScheme.X_API_KEY)) {
            UnauthorizedException error = catchThrowableOfType(UnauthorizedException.class,
                    () -> mode.call(stranger, d -> d.queueList(), d -> d.queueList()));

            assertThat(error.status()).isEqualTo(401);
            assertThat(error.isAuthenticationFailure()).isTrue();
            assertThat(error.code()).isEmpty();
            assertThat(error.getMessage()).doesNotContain("dk_wrong_key_0000000000000000");
        }
        assertThat(fake.requestCount("deployment.queueList")).as("a 401 is never retried").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void bearerSchemeIsRefusedWithAMessageThatPointsAtV019(ViewMode mode) {
        try (DokployClient legacy = plainClient(fake, fake.apiKey(), AuthScheme.BEARER)) {
            UnauthorizedException error = catchThrowableOfType(UnauthorizedException.class,
                    () -> mode.call(legacy, d -> d.queueList(), d -> d.queueList()));

            assertThat(error.isAuthenticationFailure()).isTrue();
            assertThat(error.getMessage()).contains("v0.19").doesNotContain(fake.apiKey());
        }
        RecordedRequest sent = fake.requests().get(0);
        assertThat(sent.header("authorization")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer "));
        assertThat(sent.header("x-api-key")).isEmpty();
    }

    @Test
    void rateLimitedKeyLocksItselfOutOnceItsBudgetIsSpent() {
        try (FakeDokploy limited = FakeDokploy.start(FakeDokployOptions.builder().manualClock()
                .apiKeyRateLimit(10).build());
                DokployClient polling = TestClients.inFakeTime(limited)) {
            for (int call = 1; call <= 5; call++) {
                assertThat(polling.deployments().queueList()).as("call %d", call).isEmpty();
            }

            UnauthorizedException error = catchThrowableOfType(UnauthorizedException.class,
                    () -> polling.deployments().queueList());

            assertThat(error.isAuthenticationFailure()).isTrue();
            assertThat(error.getMessage()).contains("rate");
            assertThat(limited.requestCount("deployment.queueList")).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(ViewMode.class)
    void requestsAreAnsweredHttp11CallsThatCarryTheKeyAsXApiKeyOnly(ViewMode mode) {
        // the fake, like Dokploy, never answers a request that asks to upgrade to h2c: an answer proves HTTP/1.1
        mode.call(client, d -> d.queueList(), d -> d.queueList());

        RecordedRequest sent = fake.requests().get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.header("x-api-key")).contains(fake.apiKey());
        assertThat(sent.header("authorization")).isEmpty();
        assertThat(sent.header("upgrade")).isEmpty();
        assertThat(sent.header("http2-settings")).isEmpty();
    }
}
