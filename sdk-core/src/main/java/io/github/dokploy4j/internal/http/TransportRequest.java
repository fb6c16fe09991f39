package io.github.dokploy4j.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * @param budget how many times the call may write this request in all; the transport reports each write to it
 */
public record TransportRequest(String method, URI uri, Map<String, String> headers, byte @Nullable [] body,
        Duration timeout, SendBudget budget) {
    /**
     * Copies the headers.
     *
     * @param method the method
     * @param uri the URI
     * @param headers the headers
     * @param body the body, or {@code null}
     * @param timeout the deadline
     * @param budget the call's send budget
     */
    public TransportRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The URI and method only: headers carry the key. */
    @Override
    public String toString() {
        return method + " " + uri;
    }
}
