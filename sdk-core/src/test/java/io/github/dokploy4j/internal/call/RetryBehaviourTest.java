package io.github.dokploy4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.ScriptedTransport;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.TestClients.RecordingDelayer;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.RateLimitedException;
import io.github.dokploy4j.error.ServerErrorException;
import io.github.dokploy4j.error.UnauthorizedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry policy as the server sees it: how many requests arrive, and how long the client waited between. */
class RetryBehaviourTest {
    private final ScriptedTransport server = new ScriptedTransport();
    private final RecordingDelayer delayer = new RecordingDelayer();
    private final DokployClient client = TestClients.builder(server, delayer).build();

    @Test
    void aQueryIsRepeatedOn503UntilItSucceeds() {
        server.answer(503, "").answer(503, "").answer(200, "[]");

        assertThat(client.deployments().queueList()).isEmpty();

        assertThat(server.requests()).hasSize(3);
        assertThat(delayer.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void aQueryGivesUpAfterMaxRetries() {
        server.answer(502, "").answer(504, "").answer(503, "{\"message\":\"down\"}");

        assertThatThrownBy(() -> client.deployments().queueList()).isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("HTTP 503");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        server.answer(429, Map.of("retry-after", "3"), "").answer(200, "[]");

        client.deployments().queueList();

        assertThat(delayer.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterLongerThanTheCapIsNotWaitedFor() {
        server.answer(429, Map.of("retry-after", "3600"), "");

        assertThatThrownBy(() -> client.deployments().queueList()).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aMutationIsNeverRepeatedAfterTheServerAnswered() {
        server.answer(503, "");

        assertThatThrownBy(() -> client.deployments().killProcess("d1")).isInstanceOf(ServerErrorException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aMutationIsNeverRepeatedAfterAResetConnection() {
        server.fail(new IOException("Connection reset"));

        assertThatThrownBy(() -> client.deployments().killProcess("d1"))
                .isInstanceOfSatisfying(DokployTransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.CONNECTION_LOST));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aMutationIsRepeatedWhenTheConnectionWasNeverMade() {
        server.fail(new ConnectException("Connection refused")).answer(200, "");

        client.deployments().killProcess("d1");

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aConnectTimeoutIsRepeatedAndThenReportedAsSuch() {
        server.fail(new HttpConnectTimeoutException("HTTP connect timed out"))
                .fail(new HttpConnectTimeoutException("HTTP connect timed out"))
                .fail(new HttpConnectTimeoutException("HTTP connect timed out"));

        assertThatThrownBy(() -> client.deployments().queueList())
                .isInstanceOfSatisfying(DokployTransportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.CONNECT_TIMEOUT);
                    assertThat(e.isTimeout()).isTrue();
                    assertThat(e.procedure()).contains("deployment.queueList");
                });
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aQueryIsRepeatedAfterAResetConnection() {
        server.fail(new IOException("Connection reset")).answer(200, "[]");

        client.deployments().queueList();

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aPlain401IsNeverRepeated() {
        server.answer(401, "{\"message\":\"Unauthorized\"}");

        assertThatThrownBy(() -> client.deployments().queueList()).isInstanceOf(UnauthorizedException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRequestTimeoutIsNotRepeated() {
        server.fail(new java.net.http.HttpTimeoutException("request timed out"));

        assertThatThrownBy(() -> client.deployments().queueList())
                .isInstanceOfSatisfying(DokployTransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.REQUEST_TIMEOUT));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void maxRetriesZeroDisablesRepeats() {
        server.answer(503, "");

        assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(0)).deployments().queueList())
                .isInstanceOf(ServerErrorException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aMutationMarkedIdempotentByTheCallerIsRepeated() {
        server.answer(503, "").answer(200, "");

        client.withOptions(o -> o.idempotent(true)).deployments().killProcess("d1");

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void backoffGrowsAndIsCapped() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                () -> 0.0);

        assertThat(policy.afterStatus(503, null, true, 1, 10)).contains(Duration.ofMillis(500));
        assertThat(policy.afterStatus(503, null, true, 4, 10)).contains(Duration.ofSeconds(4));
        assertThat(policy.afterStatus(503, null, true, 9, 10)).contains(Duration.ofSeconds(8));
        assertThat(policy.afterStatus(503, null, true, 11, 10)).isEmpty();
    }

    @Test
    void jitterOnlyShortensTheWaitByUpToAQuarter() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMillis(1000), Duration.ofSeconds(8), Duration.ofSeconds(30),
                () -> 0.999);

        assertThat(policy.afterStatus(502, null, true, 1, 2)).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000)));
    }
}
