package io.github.dokploy4j.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the engine built it.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri the full URI, query included
 * @param headers header names to values, in the order to send them
 * @param body the body bytes, or {@code null} for none
 * @param timeout the deadline for the whole exchange, body included
 */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte @Nullable [] body,
        Duration timeout) {
    /**
     * Copies the headers.
     *
     * @param method the method
     * @param uri the URI
     * @param headers the headers
     * @param body the body, or {@code null}
     * @param timeout the deadline
     */
    public TransportRequest {
        headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
