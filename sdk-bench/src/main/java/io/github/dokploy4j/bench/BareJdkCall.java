package io.github.dokploy4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The floor: {@code deployment.all} as a caller writes it with nothing but {@code java.net.http} and Jackson. The
 * request is built per call, like the SDK does, and carries the same headers; the body is read as a Jackson tree.
 */
final class BareJdkCall {
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectReader reader = new ObjectMapper().reader();
    private final String allUrl;
    private final String apiKey;

    BareJdkCall(URI baseUrl, String apiKey) {
        this.allUrl = baseUrl + "/api/deployment.all?applicationId=";
        this.apiKey = apiKey;
    }

    JsonNode all(String applicationId) throws IOException, InterruptedException {
        return decode(client.send(request(applicationId), HttpResponse.BodyHandlers.ofByteArray()));
    }

    CompletableFuture<JsonNode> allAsync(String applicationId) {
        return client.sendAsync(request(applicationId), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    try {
                        return decode(response);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private HttpRequest request(String applicationId) {
        return HttpRequest.newBuilder(URI.create(allUrl + URLEncoder.encode(applicationId, StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("x-api-key", apiKey)
                .GET()
                .build();
    }

    private JsonNode decode(HttpResponse<byte[]> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        return reader.readTree(response.body());
    }
}
