package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of the server's checks and the exact bodies of each (server-facts §1–§3, §12). */
@WithFakeDokploy(manualClock = true)
class RequestChecksTest {

    private static final String UNAUTHORIZED = "{\"message\":\"Unauthorized\"}";
    private static final String NOT_FOUND =
            "{\"message\":\"Not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\",\"httpStatus\":404,"
                    + "\"zodError\":null}}";

    private FakeDokploy fake;
    private Wire wire;

    @BeforeEach
    void start(FakeDokploy fake) {
        this.fake = fake;
        wire = new Wire(fake);
    }

    @Test
    void baseUrlIsLoopbackWithoutTrailingSlash() {
        assertTrue(fake.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), fake.baseUrl());
    }

    @Test
    void versionNeedsNoInputAndIsAJsonString() {
        HttpResponse<String> response = wire.get("/api/settings.getDokployVersion");
        assertEquals(200, response.statusCode());
        assertEquals("\"v0.30.2\"", response.body());
        assertEquals(Optional.of("application/json"), response.headers().firstValue("content-type"));
    }

    @Test
    void missingKeyGetsThePlain401() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList").GET().build());
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void wrongKeyGetsThePlain401() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList").GET()
                .header("x-api-key", fake.apiKey() + "x").build());
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void bearerHeaderAloneIsIgnored() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList").GET()
                .header("Authorization", "Bearer " + fake.apiKey()).build());
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void validKeyWinsOverABadBearerHeader() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList").GET()
                .header("x-api-key", fake.apiKey()).header("Authorization", "Bearer nonsense").build());
        assertEquals(200, response.statusCode());
        assertEquals("[]", response.body());
    }

    @Test
    void headerNameCaseDoesNotMatter() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList").GET()
                .header("X-API-KEY", fake.apiKey()).build());
        assertEquals(200, response.statusCode());
    }

    @Test
    void unknownProcedureIsUnauthorizedBeforeItIsNotFound() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.allByPreview").GET().build());
        assertEquals(401, response.statusCode());
        assertEquals(UNAUTHORIZED, response.body());
    }

    @Test
    void unknownProcedureIsNotFoundWithoutDataPath() {
        HttpResponse<String> response = wire.get("/api/deployment.allByPreview?previewDeploymentId=x");
        assertEquals(404, response.statusCode());
        assertEquals(NOT_FOUND, response.body());
    }

    @Test
    void pathMatchingIgnoresCase() {
        HttpResponse<String> response = wire.get("/api/DEPLOYMENT.QUEUELIST");
        assertEquals(200, response.statusCode());
        assertEquals("[]", response.body());
    }

    @Test
    void postOnAQueryIsNotFound() {
        HttpResponse<String> response = wire.post("/api/deployment.queueList", "{}");
        assertEquals(404, response.statusCode());
        assertEquals(NOT_FOUND, response.body());
    }

    @Test
    void getOnAMutationIsNotFound() {
        HttpResponse<String> response = wire.get("/api/deployment.killProcess?deploymentId=abc");
        assertEquals(404, response.statusCode());
        assertEquals(NOT_FOUND, response.body());
    }

    @Test
    void authenticatedHeadIsAnEmpty204() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("x-api-key", fake.apiKey()).build());
        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void unauthenticatedHeadIs401() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.queueList")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, response.statusCode());
    }

    @Test
    void malformedJsonIsPlainText400BeforeAuthentication() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.killProcess")
                .POST(HttpRequest.BodyPublishers.ofString("{\"deploymentId\":"))
                .header("Content-Type", "application/json").build());
        assertEquals(400, response.statusCode());
        assertEquals("Invalid JSON", response.body());
        assertFalse(response.headers().firstValue("content-type").isPresent());
    }

    @Test
    void trailingGarbageAfterJsonIsMalformed() {
        HttpResponse<String> response = wire.post("/api/deployment.killProcess", "{\"deploymentId\":\"a\"} x");
        assertEquals(400, response.statusCode());
        assertEquals("Invalid JSON", response.body());
    }

    @Test
    void missingContentTypeIs415AfterAuthentication() {
        HttpResponse<String> unauthenticated = Wire.send(wire.request("/api/deployment.killProcess")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(401, unauthenticated.statusCode());

        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.killProcess")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("x-api-key", fake.apiKey()).build());
        assertEquals(415, response.statusCode());
        assertEquals("{\"message\":\"Missing content-type header\",\"code\":\"UNSUPPORTED_MEDIA_TYPE\",\"data\":"
                + "{\"code\":\"UNSUPPORTED_MEDIA_TYPE\",\"httpStatus\":415,\"path\":\"deployment.killProcess\","
                + "\"zodError\":null}}", response.body());
    }

    @Test
    void nonJsonContentTypeIs415QuotingIt() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.killProcess")
                .POST(HttpRequest.BodyPublishers.ofString("deploymentId=abc"))
                .header("x-api-key", fake.apiKey())
                .header("Content-Type", "application/x-www-form-urlencoded").build());
        assertEquals(415, response.statusCode());
        assertEquals("Unsupported content-type \"application/x-www-form-urlencoded\"",
                Wire.parse(response.body()).get("message").asText());
    }

    @Test
    void contentTypeWithCharsetIsAccepted() {
        HttpResponse<String> response = Wire.send(wire.request("/api/deployment.killProcess")
                .POST(HttpRequest.BodyPublishers.ofString("{\"deploymentId\":\"nope\"}"))
                .header("x-api-key", fake.apiKey())
                .header("Content-Type", "application/json; charset=utf-8").build());
        assertEquals(404, response.statusCode());
        assertEquals("Deployment not found", Wire.parse(response.body()).get("message").asText());
    }

    @Test
    void emptyTwoHundredStillSaysJson() {
        String appId = fake.createApplication("web");
        HttpResponse<String> response =
                wire.post("/api/application.deploy", "{\"applicationId\":\"" + appId + "\"}");
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals(Optional.of("application/json"), response.headers().firstValue("content-type"));
    }

    @Test
    void pathsOutsideTheApiAreNotFound() {
        HttpResponse<String> response = wire.get("/dashboard");
        assertEquals(404, response.statusCode());
    }

    @Test
    void rateLimitedKeyLocksOutAfterItsBudgetAtTwoVerificationsPerRequest() {
        try (FakeDokploy limited = FakeDokploy.start(
                FakeDokployOptions.builder().manualClock().apiKeyRateLimit(10).build())) {
            Wire client = new Wire(limited);
            for (int i = 0; i < 5; i++) {
                assertEquals(200, client.get("/api/deployment.queueList").statusCode(), "request " + (i + 1));
            }
            HttpResponse<String> sixth = client.get("/api/deployment.queueList");
            assertEquals(401, sixth.statusCode());
            assertEquals(UNAUTHORIZED, sixth.body());

            limited.clock().advance(ApiKeyGate.WINDOW);
            assertEquals(200, client.get("/api/deployment.queueList").statusCode());
        }
    }

    @Test
    void toStringNeverShowsTheKey() {
        wire.get("/api/deployment.queueList");
        assertFalse(fake.toString().contains(fake.apiKey()));
        assertFalse(fake.requests().toString().contains(fake.apiKey()));
        assertFalse(FakeDokployOptions.builder().apiKey("sekrit-key").build().toString().contains("sekrit-key"));
    }
}
