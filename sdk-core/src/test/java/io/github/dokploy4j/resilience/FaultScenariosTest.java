package io.github.dokploy4j.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.LoopbackHttpServer;
import io.github.dokploy4j.TestClientBuilder;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.ViewMode;
import io.github.dokploy4j.error.DokployApiException;
import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.DokployTransportException.Kind;
import io.github.dokploy4j.error.RateLimitedException;
import io.github.dokploy4j.error.ServerErrorException;
import io.github.dokploy4j.error.UnauthorizedException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jspecify.annotations.Nullable;

/**
 * Every fault a server or network can throw at a call, run through the synchronous and the asynchronous view. Each
 * scenario states the exception (or success) and the exact number of requests the server saw: a mutation that must
 * not be repeated is seen once, a query at most {@code 1 + maxRetries} times, the JDK's own silent re-send included.
 * Waits between attempts are recorded, never slept.
 */
class FaultScenariosTest {
    @RegisterExtension
    static final WireMockExtension WM = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String PATHS = "/api/deployment\\..*";
    private static final String DEPLOYMENTS = "[]";

    /** Which procedure a scenario calls. */
    enum CallKind {
        /** {@code deployment.queueList}: a query (GET). */
        QUERY,
        /** {@code deployment.killProcess}: a mutation (POST). */
        MUTATION,
        /** {@code deployment.killProcess} through a view that marks calls idempotent. */
        IDEMPOTENT_MUTATION;

        Object run(DokployClient client, ViewMode mode) {
            switch (this) {
                case QUERY:
                    return mode.call(client, d -> d.queueList(), a -> a.queueList());
                case MUTATION:
                    return mode.call(client, d -> {
                        d.killProcess("dep-1");
                        return "done";
                    }, a -> a.killProcess("dep-1").thenApply(v -> "done"));
                default:
                    return MUTATION.run(client.withOptions(o -> o.idempotent(true)), mode);
            }
        }
    }

    /** Where the fault comes from: WireMock stubs, or a loopback server of our own. */
    interface Stage {
        /** Prepares the server; returns its base URL. */
        String start() throws IOException;

        /** How many requests the server saw during the call under test. */
        int requestsSeen();

        /** Runs before the call under test, on the same client (to leave a pooled connection, say). */
        default void warmUp(DokployClient client) {
        }

        default void stop() throws IOException {
        }
    }

    /** One fault and what it must lead to. */
    record Scenario(String name, CallKind call, Stage stage, UnaryOperator<TestClientBuilder> options,
            @Nullable Class<? extends Throwable> expected, @Nullable Kind kind, int requests) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        List<Scenario> all = new ArrayList<>();
        // broken connections: a query is repeated up to maxRetries (2), a mutation never
        for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE,
                Fault.MALFORMED_RESPONSE_CHUNK, Fault.RANDOM_DATA_THEN_CLOSE)) {
            all.add(new Scenario("GET " + fault, CallKind.QUERY, always(aResponse().withFault(fault)), none(),
                    DokployTransportException.class, Kind.CONNECTION_LOST, 3));
            all.add(new Scenario("POST " + fault, CallKind.MUTATION, always(aResponse().withFault(fault)), none(),
                    DokployTransportException.class, Kind.CONNECTION_LOST, 1));
        }
        all.add(new Scenario("idempotent POST reset", CallKind.IDEMPOTENT_MUTATION,
                always(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)), none(),
                DokployTransportException.class, Kind.CONNECTION_LOST, 3));
        // fail twice, then succeed
        all.add(new Scenario("GET reset twice then 200", CallKind.QUERY,
                twiceThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(DEPLOYMENTS)), none(), null,
                null, 3));
        all.add(new Scenario("GET empty response twice then 200", CallKind.QUERY,
                twiceThen(aResponse().withFault(Fault.EMPTY_RESPONSE), okJson(DEPLOYMENTS)), none(), null, null, 3));
        all.add(new Scenario("GET 503 twice then 200", CallKind.QUERY,
                twiceThen(aResponse().withStatus(503), okJson(DEPLOYMENTS)), none(), null, null, 3));
        all.add(new Scenario("idempotent POST 502 twice then 200", CallKind.IDEMPOTENT_MUTATION,
                twiceThen(aResponse().withStatus(502), aResponse().withStatus(200)), none(), null, null, 3));
        // retryable statuses
        all.add(new Scenario("GET 502 always", CallKind.QUERY, always(aResponse().withStatus(502)), none(),
                ServerErrorException.class, null, 3));
        all.add(new Scenario("GET 504 always", CallKind.QUERY, always(aResponse().withStatus(504)), none(),
                ServerErrorException.class, null, 3));
        all.add(new Scenario("GET 408 always", CallKind.QUERY, always(aResponse().withStatus(408)), none(),
                DokployApiException.class, null, 3));
        all.add(new Scenario("GET 429 Retry-After 1 then 200", CallKind.QUERY,
                twiceThen(aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson(DEPLOYMENTS)), none(),
                null, null, 3));
        all.add(new Scenario("GET 429 Retry-After beyond the cap", CallKind.QUERY,
                always(aResponse().withStatus(429).withHeader("Retry-After", "3600")), none(),
                RateLimitedException.class, null, 1));
        all.add(new Scenario("GET 503 with maxRetries 0", CallKind.QUERY, always(aResponse().withStatus(503)),
                b -> b.maxRetries(0), ServerErrorException.class, null, 1));
        all.add(new Scenario("GET 503 with maxRetries 5", CallKind.QUERY, always(aResponse().withStatus(503)),
                b -> b.maxRetries(5), ServerErrorException.class, null, 6));
        // never repeated
        all.add(new Scenario("POST 503", CallKind.MUTATION, always(aResponse().withStatus(503)), none(),
                ServerErrorException.class, null, 1));
        all.add(new Scenario("POST 429", CallKind.MUTATION,
                always(aResponse().withStatus(429).withHeader("Retry-After", "1")), none(),
                RateLimitedException.class, null, 1));
        all.add(new Scenario("GET plain 401", CallKind.QUERY,
                always(aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}")), none(),
                UnauthorizedException.class, null, 1));
        all.add(new Scenario("GET 500", CallKind.QUERY, always(aResponse().withStatus(500)), none(),
                ServerErrorException.class, null, 1));
        all.add(new Scenario("GET 301 to another origin", CallKind.QUERY, always(aResponse().withStatus(301)
                .withHeader("Location", "https://other.example.com/api/deployment.queueList")), none(),
                DokployApiException.class, null, 1));
        // timeouts are not repeated: the caller's time is spent
        all.add(new Scenario("GET fixed delay past the timeout", CallKind.QUERY,
                always(okJson(DEPLOYMENTS).withFixedDelay(2_000)), b -> b.requestTimeout(Duration.ofSeconds(1)),
                DokployTransportException.class, Kind.REQUEST_TIMEOUT, 1));
        all.add(new Scenario("POST fixed delay past the timeout", CallKind.MUTATION,
                always(aResponse().withStatus(200).withFixedDelay(2_000)),
                b -> b.requestTimeout(Duration.ofSeconds(1)), DokployTransportException.class,
                Kind.REQUEST_TIMEOUT, 1));
        all.add(new Scenario("GET chunked dribble past the timeout", CallKind.QUERY,
                always(okJson("[" + " ".repeat(200) + "]").withChunkedDribbleDelay(10, 3_000)),
                b -> b.requestTimeout(Duration.ofSeconds(1)), DokployTransportException.class,
                Kind.REQUEST_TIMEOUT, 1));
        // hostile 200s
        all.add(new Scenario("GET 200 HTML", CallKind.QUERY,
                always(aResponse().withStatus(200).withBody("<html><body>Sign in</body></html>")), none(),
                DokployDecodeException.class, null, 1));
        all.add(new Scenario("GET 200 truncated JSON", CallKind.QUERY, always(okJson("[{\"id\":\"j1\",\"na")),
                none(), DokployDecodeException.class, null, 1));
        all.add(new Scenario("GET 200 object for a list", CallKind.QUERY, always(okJson("{\"id\":\"j1\"}")), none(),
                DokployDecodeException.class, null, 1));
        all.add(new Scenario("GET 200 null", CallKind.QUERY, always(okJson("null")), none(),
                DokployDecodeException.class, null, 1));
        all.add(new Scenario("GET 200 invalid UTF-8", CallKind.QUERY, always(aResponse().withStatus(200)
                .withBody(new byte[] {'[', '"', (byte) 0xC3, (byte) 0x28, '"', ']'})), none(),
                DokployDecodeException.class, null, 1));
        all.add(new Scenario("GET 200 larger than maxResponseBytes", CallKind.QUERY,
                always(okJson("[" + "{},".repeat(5_000) + "{}]")), b -> b.maxResponseBytes(4_096),
                DokployTransportException.class, Kind.RESPONSE_TOO_LARGE, 1));
        all.add(new Scenario("GET 200 chunked, growing past maxResponseBytes", CallKind.QUERY,
                always(okJson("[" + "{},".repeat(5_000) + "{}]").withChunkedDribbleDelay(4, 10)),
                b -> b.maxResponseBytes(4_096), DokployTransportException.class, Kind.RESPONSE_TOO_LARGE, 1));
        // no server at all: nothing is seen, and even a mutation may be re-attempted
        all.add(new Scenario("GET connection refused", CallKind.QUERY, new RefusedPort(), none(),
                DokployTransportException.class, Kind.CONNECT_FAILED, 0));
        all.add(new Scenario("POST connection refused", CallKind.MUTATION, new RefusedPort(), none(),
                DokployTransportException.class, Kind.CONNECT_FAILED, 0));
        // loopback servers: behaviour WireMock cannot show
        all.add(new Scenario("GET on a pooled connection the server drops (JDK re-send counted)", CallKind.QUERY,
                new Loopback(List.of(Step.OK), Step.DROP), none(), DokployTransportException.class,
                Kind.CONNECTION_LOST, 3));
        all.add(new Scenario("GET on a dropped pooled connection, maxRetries 0 (JDK re-send refused)",
                CallKind.QUERY, new Loopback(List.of(Step.OK), Step.DROP), b -> b.maxRetries(0),
                DokployTransportException.class, Kind.CONNECTION_LOST, 1));
        all.add(new Scenario("GET dropped, JDK re-send answered 503, then 503", CallKind.QUERY,
                new Loopback(List.of(Step.OK, Step.DROP), Step.UNAVAILABLE), none(), ServerErrorException.class,
                null, 3));
        all.add(new Scenario("GET dropped, JDK re-send answered 200", CallKind.QUERY,
                new Loopback(List.of(Step.OK, Step.DROP), Step.OK), none(), null, null, 2));
        all.add(new Scenario("POST on a pooled connection the server drops", CallKind.MUTATION,
                new Loopback(List.of(Step.OK), Step.DROP), none(), DokployTransportException.class,
                Kind.CONNECTION_LOST, 1));
        all.add(new Scenario("GET body that never ends", CallKind.QUERY,
                new Loopback(List.of(), Step.STALL_MID_BODY), b -> b.requestTimeout(Duration.ofSeconds(1)),
                DokployTransportException.class, Kind.REQUEST_TIMEOUT, 1));
        all.add(new Scenario("GET never answered", CallKind.QUERY, new Loopback(List.of(), Step.SILENT),
                b -> b.requestTimeout(Duration.ofSeconds(1)), DokployTransportException.class,
                Kind.REQUEST_TIMEOUT, 1));
        all.add(new Scenario("GET to a server that drops HTTP/2 upgrades", CallKind.QUERY,
                new Loopback(List.of(), Step.DROP_H2C_UPGRADE), none(), null, null, 1));
        all.add(new Scenario("POST to a server that drops HTTP/2 upgrades", CallKind.MUTATION,
                new Loopback(List.of(), Step.DROP_H2C_UPGRADE), none(), null, null, 1));
        return all.stream().flatMap(s -> Stream.of(Arguments.of(s, ViewMode.SYNC), Arguments.of(s, ViewMode.ASYNC)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("scenarios")
    void theServerSeesExactlyTheRequestsThePolicyAllows(Scenario scenario, ViewMode mode) throws IOException {
        String baseUrl = scenario.stage().start();
        try (DokployClient client = scenario.options().apply(TestClients.builder(baseUrl)).build()) {
            scenario.stage().warmUp(client);

            Throwable thrown = catchThrowable(() -> scenario.call().run(client, mode));

            if (scenario.expected() == null) {
                assertThat(thrown).isNull();
            } else {
                assertThat(thrown).isInstanceOf(scenario.expected());
                assertThat(thrown.getMessage()).doesNotContain(TestClients.API_KEY);
            }
            if (scenario.kind() != null) {
                assertThat(((DokployTransportException) thrown).kind()).isEqualTo(scenario.kind());
            }
            assertThat(scenario.stage().requestsSeen()).as("requests the server saw").isEqualTo(scenario.requests());
        } finally {
            scenario.stage().stop();
        }
    }

    private static UnaryOperator<TestClientBuilder> none() {
        return UnaryOperator.identity();
    }

    private static Stage always(ResponseDefinitionBuilder response) {
        return new WireMockStage() {
            @Override
            void stub() {
                WM.stubFor(any(urlPathMatching(PATHS)).willReturn(response));
            }
        };
    }

    private static Stage twiceThen(ResponseDefinitionBuilder failure, ResponseDefinitionBuilder success) {
        return new WireMockStage() {
            @Override
            void stub() {
                WM.stubFor(any(urlPathMatching(PATHS)).inScenario("flaky").whenScenarioStateIs(STARTED)
                        .willReturn(failure).willSetStateTo("failed once"));
                WM.stubFor(any(urlPathMatching(PATHS)).inScenario("flaky").whenScenarioStateIs("failed once")
                        .willReturn(failure).willSetStateTo("failed twice"));
                WM.stubFor(any(urlPathMatching(PATHS)).inScenario("flaky").whenScenarioStateIs("failed twice")
                        .willReturn(success));
            }
        };
    }

    /** WireMock, reset for each test by its extension. */
    private abstract static class WireMockStage implements Stage {
        abstract void stub();

        @Override
        public String start() {
            stub();
            return WM.baseUrl();
        }

        @Override
        public int requestsSeen() {
            return WM.getAllServeEvents().size();
        }
    }

    /** A port nothing listens on. */
    private static final class RefusedPort implements Stage {
        @Override
        public String start() throws IOException {
            try (ServerSocket probe = new ServerSocket(0)) {
                return "http://127.0.0.1:" + probe.getLocalPort();
            }
        }

        @Override
        public int requestsSeen() {
            return 0;
        }
    }

    /** What the loopback server does with one request. */
    enum Step {
        OK, DROP, UNAVAILABLE, STALL_MID_BODY, SILENT, DROP_H2C_UPGRADE
    }

    /**
     * A loopback server that plays the given steps for the first requests and {@code then} for every later one. The
     * warm-up call (when the first step is {@link Step#OK}) leaves a keep-alive connection in the client's pool.
     */
    private static final class Loopback implements Stage {
        private final List<Step> first;
        private final Step then;
        private final AtomicInteger seen = new AtomicInteger();
        private int seenAfterWarmUp;
        private @Nullable LoopbackHttpServer server;

        Loopback(List<Step> first, Step then) {
            this.first = first;
            this.then = then;
        }

        @Override
        public String start() throws IOException {
            seen.set(0);
            seenAfterWarmUp = 0;
            server = LoopbackHttpServer.start((request, in, out) -> {
                int index = seen.getAndIncrement();
                Step step = index < first.size() ? first.get(index) : then;
                if (request.startsWith("POST")) {
                    in.readNBytes(contentLength(request));
                }
                switch (step) {
                    case OK:
                        LoopbackHttpServer.respond(out, 200, request.startsWith("POST") ? "" : DEPLOYMENTS);
                        return;
                    case UNAVAILABLE:
                        LoopbackHttpServer.respond(out, 503, "{\"message\":\"busy\"}");
                        return;
                    case DROP:
                        throw new IOException("dropping the connection without an answer");
                    case DROP_H2C_UPGRADE:
                        LoopbackHttpServer.droppingHttp2Upgrades(request.startsWith("POST") ? "" : DEPLOYMENTS)
                                .handle(request, in, out);
                        return;
                    case STALL_MID_BODY:
                        LoopbackHttpServer.stallingMidBody().handle(request, in, out);
                        return;
                    default:
                        LoopbackHttpServer.neverAnswering().handle(request, in, out);
                }
            });
            return server.baseUrl();
        }

        @Override
        public void warmUp(DokployClient client) {
            if (!first.isEmpty() && first.get(0) == Step.OK) {
                assertThat(client.deployments().queueList()).isEmpty();
            }
            seenAfterWarmUp = seen.get();
        }

        @Override
        public int requestsSeen() {
            return seen.get() - seenAfterWarmUp;
        }

        @Override
        public void stop() throws IOException {
            if (server != null) {
                server.close();
            }
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            return 0;
        }
    }
}
