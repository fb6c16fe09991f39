package io.github.dokploy4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.DokployClientBuilder;
import io.github.dokploy4j.ScriptedTransport;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.TestClients.RecordingDelayer;
import io.github.dokploy4j.error.DokployApiException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects, plain HTTP, TLS and size options, and Retry-After dates. */
class TransportSecurityTest {
    private final ScriptedTransport server = new ScriptedTransport();
    private final RecordingDelayer delayer = new RecordingDelayer();

    @Test
    void aRedirectToAnotherOriginNamesItWithoutItsQueryAndSaysHowToFixIt() {
        server.answer(301, Map.of("location",
                "https://dokploy.example.com/api/deployment.queueList?token=" + TestClients.API_KEY), "");
        DokployClient client = TestClients.builder(server, delayer).build();

        assertThatThrownBy(() -> client.deployments().queueList())
                .isInstanceOfSatisfying(DokployApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(301);
                    assertThat(e.getMessage()).isEqualTo("deployment.queueList failed with HTTP 301: the server"
                            + " answered with a redirect to https://dokploy.example.com/api/deployment.queueList"
                            + " (another origin). The SDK does not follow redirects, so that the API key never goes"
                            + " to an address you did not configure: use the final address as baseUrl, e.g."
                            + " baseUrl(\"https://dokploy.example.com\")");
                });
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRelativeRedirectIsResolvedAgainstTheRequest() {
        server.answer(308, Map.of("location", "/dokploy/api/deployment.queueList"), "");
        DokployClient client = TestClients.builder(server, delayer).build();

        assertThatThrownBy(() -> client.deployments().queueList()).isInstanceOf(DokployApiException.class)
                .hasMessageContaining("redirect to https://dokploy.test/dokploy/api/deployment.queueList (same origin)")
                .hasMessageContaining("baseUrl(\"https://dokploy.test/dokploy\")");
    }

    @Test
    void plainHttpToARemoteHostIsWarnedAboutOncePerClient() {
        server.answer(200, "[]").answer(200, "[]");
        DokployClient client = TestClients.builder(server, delayer).baseUrl("http://dokploy.lan:3000").build();

        String log = standardErrorOf(() -> {
            client.deployments().queueList();
            client.deployments().queueList();
        });

        assertThat(log.lines().filter(line -> line.contains("WARN "))).singleElement().asString()
                .contains("plain http:// to dokploy.lan").doesNotContain(TestClients.API_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000",
        "https://dokploy.example.com"})
    void loopbackAndHttpsAreNotWarnedAbout(String baseUrl) {
        server.answer(200, "[]");
        DokployClient client = TestClients.builder(server, delayer).baseUrl(baseUrl).build();

        String log = standardErrorOf(() -> client.deployments().queueList());

        assertThat(log).doesNotContain("WARN");
    }

    @Test
    void anSslContextAndAnHttpClientTogetherAreRefused() throws Exception {
        DokployClientBuilder builder = DokployClient.builder().baseUrl("https://h").apiKey("k")
                .httpClient(HttpClient.newHttpClient()).sslContext(SSLContext.getDefault());

        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageContaining("sslContext").withMessageContaining(".sslContext(");
    }

    @Test
    void anSslContextIsAcceptedForTheSdksOwnClient() throws Exception {
        try (DokployClient client = DokployClient.builder().baseUrl("https://h").apiKey("k")
                .sslContext(SSLContext.getDefault()).build()) {
            assertThat(client.toString()).contains("https://h/api/");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Integer.MAX_VALUE})
    void maxResponseBytesOutOfRangeIsRefusedByName(long bytes) {
        assertThatIllegalArgumentException().isThrownBy(() -> DokployClient.builder().maxResponseBytes(bytes))
                .withMessageStartingWith("maxResponseBytes must be between 1 and");
    }

    @Test
    void aRetryAfterDateIsWaitedForRelativeToTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-08-20T09:00:00Z"), ZoneOffset.UTC);
        server.answer(503, Map.of("retry-after", "Thu, 20 Aug 2026 09:00:02 GMT"), "").answer(200, "[]");
        DokployClient client = TestClients.withClock(TestClients.builder(server, delayer), clock).build();

        client.deployments().queueList();

        assertThat(delayer.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRetryAfterDateInThePastRetriesAtOnce() {
        Clock clock = Clock.fixed(Instant.parse("2026-08-20T09:00:00Z"), ZoneOffset.UTC);
        server.answer(429, Map.of("retry-after", "Thu, 20 Aug 2026 08:59:00 GMT"), "").answer(200, "[]");
        DokployClient client = TestClients.withClock(TestClients.builder(server, delayer), clock).build();

        client.deployments().queueList();

        assertThat(delayer.waits()).containsExactly(Duration.ZERO);
    }

    private static String standardErrorOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
