package io.github.dokploy4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

/**
 * The floor of polling: what a caller writes with {@code java.net.http} and Jackson to follow a log, polling back to
 * back with no pause. Each poll reads the rows ({@code deployment.all}, as a tree) and the last 1000 lines
 * ({@code readLogs}, decoded to a string), splits the text on {@code \n} and delivers what follows the last line it
 * delivered before (naive de-duplication: correct only because every line of the benchmark's log differs). It stops
 * after the first window read once the row is {@code done}.
 */
final class BareLogPoller {
    private static final int WINDOW = 1000;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI allUri;
    private final URI readLogsUri;
    private final String apiKey;
    private final String deploymentId;

    BareLogPoller(URI baseUrl, String apiKey, String applicationId, String deploymentId) {
        this.allUri = URI.create(baseUrl + "/api/deployment.all?applicationId=" + applicationId);
        this.readLogsUri = URI.create(baseUrl + "/api/deployment.readLogs?deploymentId=" + deploymentId + "&tail="
                + WINDOW);
        this.apiKey = apiKey;
        this.deploymentId = deploymentId;
    }

    /**
     * Follows the log to its end.
     *
     * @param onLine receives each new line
     * @throws IOException on a transport failure or an answer that is not 200
     * @throws InterruptedException when interrupted
     */
    void follow(Consumer<String> onLine) throws IOException, InterruptedException {
        String last = null;
        boolean done = false;
        while (!done) {
            JsonNode rows = json.readTree(get(allUri));
            for (JsonNode row : rows) {
                if (row.path("deploymentId").asText().equals(deploymentId)) {
                    done = row.path("status").asText().equals("done");
                }
            }
            String[] window = json.readValue(get(readLogsUri), String.class).split("\n");
            int start = 0;
            if (last != null) {
                for (int i = window.length - 1; i >= 0; i--) {
                    if (window[i].equals(last)) {
                        start = i + 1;
                        break;
                    }
                }
            }
            for (int i = start; i < window.length; i++) {
                onLine.accept(window[i]);
                last = window[i];
            }
        }
    }

    private byte[] get(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("x-api-key", apiKey).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri.getPath());
        }
        return response.body();
    }
}
