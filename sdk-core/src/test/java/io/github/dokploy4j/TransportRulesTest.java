package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.error.DokployTransportException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The transport rules a real Dokploy forces, against loopback servers that behave like it. */
class TransportRulesTest {

    @Test
    void plainHttpIsSpokenAsHttp11SoAServerThatDropsUpgradesStillAnswers() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"));
                DokployClient client = TestClients.builder(server.baseUrl()).requestTimeout(Duration.ofSeconds(10))
                        .build()) {

            assertThat(client.deployments().queueList()).isEmpty();
            assertThat(client.async().deployments().queueList().get()).isEmpty();

            assertThat(server.requests()).hasSize(2).allSatisfy(head -> assertThat(head.toLowerCase())
                    .startsWith("get /api/deployment.queuelist http/1.1").doesNotContain("upgrade"));
        }
    }

    @Test
    void aCallersOwnHttp2ClientIsStillKeptToHttp11OnPlainHttp() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"));
                DokployClient client = TestClients.builder(server.baseUrl()).httpClient(http2)
                        .requestTimeout(Duration.ofSeconds(10)).build()) {

            assertThat(client.deployments().queueList()).isEmpty();
        }
    }

    @Test
    void theLoopbackServerReallyDropsTheJdksDefaultUpgradeRequest() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.droppingHttp2Upgrades("[]"))) {
            HttpClient naive = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/deployment.queueList"))
                    .timeout(Duration.ofMillis(500)).build();

            assertThatThrownBy(() -> naive.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(java.net.http.HttpTimeoutException.class);
        }
    }

    @Test
    void aBodyThatStallsFailsTheCallAtItsDeadline() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.stallingMidBody());
                DokployClient client = TestClients.builder(server.baseUrl()).requestTimeout(Duration.ofSeconds(1))
                        .build()) {

            assertThatThrownBy(() -> client.deployments().all("app"))
                    .isInstanceOfSatisfying(DokployTransportException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.REQUEST_TIMEOUT);
                        assertThat(e.getMessage()).contains("deployment.all").contains("request timeout (1000 ms");
                    });
            assertThat(server.requests()).hasSize(1);
            assertThat(server.awaitClientHangUp()).isTrue();
        }
    }

    @Test
    void aSyncCallWithoutAnAnswerTimesOutClosesTheConnectionAndLeavesTheThreadUninterrupted() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.neverAnswering());
                DokployClient client = TestClients.builder(server.baseUrl()).requestTimeout(Duration.ofMillis(300))
                        .maxRetries(0).build()) {

            assertThatThrownBy(() -> client.deployments().all("app"))
                    .isInstanceOfSatisfying(DokployTransportException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.REQUEST_TIMEOUT);
                        assertThat(e.getMessage()).contains("request timeout (300 ms");
                    });
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            assertThat(server.awaitClientHangUp()).as("the connection was closed by the client").isTrue();
        }
    }

    @Test
    void asyncCallsTimeOutToo() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.neverAnswering());
                DokployClient client = TestClients.builder(server.baseUrl()).build()) {
            CompletableFuture<List<io.github.dokploy4j.deployment.Deployment>> call = client
                    .withOptions(o -> o.timeout(Duration.ofMillis(200))).async().deployments().all("app");

            assertThatThrownBy(call::join).hasCauseInstanceOf(DokployTransportException.class);
        }
    }

    @Test
    void cancellingTheFutureAbortsTheExchange() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.neverAnswering());
                DokployClient client = TestClients.builder(server.baseUrl()).requestTimeout(Duration.ofMinutes(5))
                        .build()) {
            CompletableFuture<?> call = client.async().deployments().all("app");
            assertThat(server.awaitRequest()).isTrue();

            call.cancel(true);

            assertThat(server.awaitClientHangUp()).as("the connection was closed by the client").isTrue();
            assertThat(call).isCancelled();
        }
    }

    @Test
    void interruptingASyncCallCancelsItAndKeepsTheFlag() throws Exception {
        try (LoopbackHttpServer server = LoopbackHttpServer.start(LoopbackHttpServer.neverAnswering());
                DokployClient client = TestClients.builder(server.baseUrl()).requestTimeout(Duration.ofMinutes(5))
                        .build()) {
            CompletableFuture<Throwable> thrown = new CompletableFuture<>();
            CompletableFuture<Boolean> flag = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    client.deployments().all("app");
                } catch (RuntimeException e) {
                    thrown.complete(e);
                    flag.complete(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            assertThat(server.awaitRequest()).isTrue();

            caller.interrupt();

            assertThat(thrown.get()).isInstanceOfSatisfying(DokployTransportException.class,
                    e -> assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.INTERRUPTED));
            assertThat(flag.get()).isTrue();
            assertThat(server.awaitClientHangUp()).isTrue();
        }
    }

    @Test
    void aRefusedConnectionIsATransportFailureOfKindConnectFailed() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (DokployClient client = TestClients.builder("http://127.0.0.1:" + port).maxRetries(0).build()) {
            assertThatThrownBy(() -> client.deployments().queueList())
                    .isInstanceOfSatisfying(DokployTransportException.class,
                            e -> assertThat(e.kind()).isEqualTo(DokployTransportException.Kind.CONNECT_FAILED));
        }
    }
}
