package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** h2c upgrades that never get an answer, injected faults and the request journal. */
@WithFakeDokploy(manualClock = true)
class TransportBehaviourTest {

    private FakeDokploy fake;
    private Wire wire;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
    }

    private int port() {
        return Integer.parseInt(fake.baseUrl().substring(fake.baseUrl().lastIndexOf(':') + 1));
    }

    /** Sends raw bytes and returns everything the server writes before it closes the connection. */
    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anH2cUpgradeRequestGetsNoAnswerAtAll() throws IOException {
        String answer = rawExchange("GET /api/settings.getDokployVersion HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABk\r\n"
                + "x-api-key: " + fake.apiKey() + "\r\n\r\n");
        assertEquals("", answer);
        assertEquals(1, fake.requestCount("settings.getDokployVersion"), "the request was seen, then dropped");
    }

    @Test
    void theSameRequestAsPlainHttp11IsAnswered() throws IOException {
        String answer = rawExchange("GET /api/settings.getDokployVersion HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nx-api-key: " + fake.apiKey() + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        assertTrue(answer.endsWith("\"v0.30.2\""), answer);
    }

    @Test
    void aJdkClientThatForgetsHttp11Fails() {
        HttpClient defaultClient = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/api/settings.getDokployVersion"))
                .header("x-api-key", fake.apiKey()).timeout(Duration.ofSeconds(10)).build();
        IOException failure = assertThrows(IOException.class,
                () -> defaultClient.send(request, HttpResponse.BodyHandlers.ofString()));
        assertFalse(failure instanceof HttpTimeoutException, "dropped, not held: " + failure);
    }

    @Test
    void injectedResponsesReplaceTheAnswerForTheNextRequestsOnly() {
        fake.onNextRequests("deployment.queueList", 2).respond(503, "{\"message\":\"Service Unavailable\"}");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = wire.get("/api/deployment.queueList");
            assertEquals(503, response.statusCode());
            assertEquals("{\"message\":\"Service Unavailable\"}", response.body());
        }
        assertEquals(200, wire.get("/api/deployment.queueList").statusCode());
    }

    @Test
    void faultsApplyBeforeAuthentication() {
        fake.onNextRequests("deployment.queueList", 1).respond(502, "{}");
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList").GET().build());
        assertEquals(502, response.statusCode());
    }

    @Test
    void aDroppedConnectionAnswersNothing() {
        String appId = fake.createApplication("web");
        fake.onNextRequests("application.deploy", 1).dropConnection();
        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> wire.post("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}"));
        assertTrue(failure.getCause() instanceof IOException);
        assertEquals("[]", wire.getJson("/api/deployment.queueList").toString(), "nothing was deployed");
        assertEquals(1, fake.requestCount("application.deploy"), "the JDK does not resend a POST");
    }

    @Test
    void aDelayOutlastsAShortClientTimeout() {
        fake.onNextRequests("deployment.queueList", 1).delay(Duration.ofSeconds(30));
        HttpRequest request = wire.request("/api/deployment.queueList").GET().header("x-api-key", fake.apiKey())
                .timeout(Duration.ofMillis(200)).build();
        UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> Wire.send(request));
        assertTrue(failure.getCause() instanceof HttpTimeoutException, failure.toString());
    }

    @Test
    void theJournalRecordsWhatTheServerSaw() {
        wire.get("/api/deployment.readLogs?deploymentId=d%201&tail=5");
        wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"x\"}");

        RecordedRequest get = fake.requests().get(0);
        assertEquals("GET", get.method());
        assertEquals("/api/deployment.readLogs", get.path());
        assertEquals("deployment.readLogs", get.procedure().orElseThrow());
        assertEquals("d 1", get.queryParams().get("deploymentId").get(0));
        assertEquals(fake.apiKey(), get.header("X-Api-Key").orElseThrow());
        RecordedRequest post = fake.requests().get(1);
        assertEquals("{\"deploymentId\":\"x\"}", post.body());
        assertEquals("application/json", post.header("content-type").orElseThrow());
        assertEquals(1, fake.requestCount("DEPLOYMENT.killProcess"));
        assertFalse(post.toString().contains(fake.apiKey()));

        fake.clearRequests();
        assertEquals(0, fake.requests().size());
    }

    @Test
    void awaitRequestsReturnsOnceTheyArrived() {
        wire.get("/api/deployment.queueList");
        fake.awaitRequests("deployment.queueList", 1, Duration.ofSeconds(5));
        assertThrows(IllegalStateException.class,
                () -> fake.awaitRequests("deployment.queueList", 2, Duration.ofMillis(50)));
    }
}
