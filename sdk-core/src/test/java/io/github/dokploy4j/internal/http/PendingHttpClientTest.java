package io.github.dokploy4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.dokploy4j.internal.time.ClientTimer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An exchange waits for an HTTP client the client's pool is still making, at most its request timeout and before it
 * sends anything; a client that could not be made fails each call afresh, with a kind that is not retried.
 */
class PendingHttpClientTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ClientTimer timer = new ClientTimer("pending-client-test-timer", executor);

    @AfterEach
    void close() {
        timer.close();
        executor.shutdownNow();
    }

    @Test
    void aClientNotMadeWithinTheRequestTimeoutFailsAsNeverSent() {
        JdkTransport transport = new JdkTransport(new PendingHttpClient(new CompletableFuture<>(), true), 1024,
                timer);
        SendBudget budget = new SendBudget(1);

        // a failure to connect: the kind that even a POST may be sent again after
        assertThatThrownBy(() -> transport.exchange(post(budget)))
                .isInstanceOf(ConnectException.class)
                .hasMessage("the HTTP client was not made within the request timeout (50 ms); nothing was sent");
        assertThat(budget.sent()).as("requests sent").isZero();
    }

    @Test
    void aClientThatCouldNotBeMadeFailsEveryCallWithItsCause() {
        UncheckedIOException cause = new UncheckedIOException("no selector", new IOException("EMFILE"));
        JdkTransport transport = new JdkTransport(new PendingHttpClient(
                CompletableFuture.<HttpClient>failedFuture(cause), true), 1024, timer);

        Throwable first = catchThrowable(() -> transport.exchange(post(new SendBudget(1))));
        Throwable second = catchThrowable(() -> transport.exchange(post(new SendBudget(1))));


        assertThat(first).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the HTTP client could not be made").hasCause(cause);
        assertThat(second).isNotSameAs(first).hasCause(cause);
    }

    private static TransportRequest post(SendBudget budget) {
        return new TransportRequest("POST", URI.create("http://127.0.0.1:9/api/application.deploy"), Map.of(),
                "{}".getBytes(StandardCharsets.UTF_8), Duration.ofMillis(50), budget);
    }
}
