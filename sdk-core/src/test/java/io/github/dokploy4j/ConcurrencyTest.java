package io.github.dokploy4j;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.http.TransportResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One shared client under many concurrent asynchronous calls. */
@WireMockTest
class ConcurrencyTest {

    @Test
    void threeHundredConcurrentAsyncCallsAllComplete(WireMockRuntimeInfo wm) {
        stubFor(get(urlPathEqualTo("/api/deployment.all")).willReturn(okJson(Fixtures.read("deployment-all.json"))));
        try (DokployClient client = TestClients.builder(wm.getHttpBaseUrl()).build()) {
            List<CompletableFuture<List<Deployment>>> calls = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                calls.add(client.async().deployments().all("app-" + i));
            }

            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();

            assertThat(calls).allSatisfy(call -> assertThat(call.join()).hasSize(3));
            verify(300, anyRequestedFor(anyUrl()));
        }
    }

    @Test
    void noMoreThanTheConfiguredNumberOfExchangesAreInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Transport slow = request -> {
            highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<TransportResponse> answer = new CompletableFuture<>();
            timer.schedule(() -> {
                inFlight.decrementAndGet();
                answer.complete(new TransportResponse(200, Map.of(), "[]".getBytes()));
            }, 2, TimeUnit.MILLISECONDS);
            return answer;
        };
        try (DokployClient client = TestClients.builder(slow, new TestClients.RecordingDelayer())
                .maxConcurrentRequests(8).build()) {
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(client.async().deployments().queueList());
            }

            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();

            assertThat(highest.get()).isEqualTo(8);
        } finally {
            timer.shutdownNow();
        }
    }
}
