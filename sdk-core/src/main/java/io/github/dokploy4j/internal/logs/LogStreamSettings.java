package io.github.dokploy4j.internal.logs;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How the log WebSocket is opened.
 *
 * @param apiRoot the client's API root ({@code …/api/}); the socket lives at the same origin and path prefix
 * @param headers the handshake's headers: the key, the default headers and the view's extra headers
 * @param connectTimeout how long the handshake may take
 * @param httpClient the JDK client that opens sockets (the client's own)
 */
public record LogStreamSettings(URI apiRoot, Map<String, String> headers, Duration connectTimeout,
        Supplier<HttpClient> httpClient) {

    /**
     * Copies the headers.
     *
     * @param apiRoot the API root
     * @param headers the handshake headers
     * @param connectTimeout the handshake timeout
     * @param httpClient the JDK client
     */
    public LogStreamSettings {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "LogStreamSettings{" + apiRoot + ", headers=" + headers.keySet() + "}";
    }
}
