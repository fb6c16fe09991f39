package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP/1.1 client for the fake, speaking the wire format the way an SDK would. */
final class Wire {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final FakeDokploy fake;

    Wire(FakeDokploy fake) {
        this.fake = fake;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().header("x-api-key", fake.apiKey()).build());
    }

    HttpResponse<String> post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("x-api-key", fake.apiKey())
                .header("Content-Type", "application/json")
                .build());
    }

    JsonNode getJson(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " → " + response.statusCode() + " " + response.body());
        }
        return parse(response.body());
    }

    JsonNode postJson(String path, String body) {
        HttpResponse<String> response = post(path, body);
        if (response.statusCode() != 200) {
            throw new AssertionError("POST " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? null : parse(response.body());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery))
                .version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(10));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deploys an application and returns the id of the row the worker created for it. */
    String deployApplication(String applicationId) {
        postJson("/api/application.deploy", "{\"applicationId\":\"" + applicationId + "\"}");
        return getJson("/api/deployment.all?applicationId=" + applicationId).get(0).get("deploymentId").asText();
    }
}
