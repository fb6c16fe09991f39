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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import java.io.IOException;
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
        // every exchange waits until eight are in flight together: a ninth would show in the highest count
        CyclicBarrier eightTogether = new CyclicBarrier(8);
        Transport slow = request -> {
            highest.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                eightTogether.await(10, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IOException(e);
            } finally {
                inFlight.decrementAndGet();
            }
            return new TransportResponse(200, Map.of(), "[]".getBytes());
        };
        try (DokployClient client = TestClients.builder(slow, new TestClients.RecordingDelayer())
                .maxConcurrentRequests(8).build()) {
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(client.async().deployments().queueList());
            }

            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();

            assertThat(highest.get()).isEqualTo(8);
        }
    }
}
