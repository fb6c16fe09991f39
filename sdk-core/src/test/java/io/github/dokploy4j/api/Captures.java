package io.github.dokploy4j.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The real answers of Dokploy v0.30.2 under {@code src/test/resources/captures} (copied from the captures of
 * projects, environments, applications, compose services and domains): each file holds the request and the response.
 */
final class Captures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode capture;

    private Captures(JsonNode capture) {
        this.capture = capture;
    }

    static Captures of(String file) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + file);
            }
            return new Captures(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response body exactly as the server sent it. */
    String responseBody() {
        return capture.path("response").path("body_text").asText();
    }

    /** The request body as sent, or {@code null} for a GET. */
    String requestBody() {
        JsonNode body = capture.path("request").path("body");
        return body.isNull() ? null : body.asText();
    }

    /** The request's path and query, e.g. {@code /api/project.one?projectId=…}. */
    String requestUrl() {
        return capture.path("request").path("url").asText();
    }

    JsonNode responseJson() {
        return capture.path("response").path("body_json");
    }
}
