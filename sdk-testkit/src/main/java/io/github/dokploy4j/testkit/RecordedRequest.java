package io.github.dokploy4j.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP request (or WebSocket handshake) as the fake received it, before any check ran: what
 * {@link FakeDokploy#requests()} lists. Header names are lower case, as Node gives them to Dokploy.
 *
 * <p>{@link #toString()} masks the values of {@code x-api-key}, {@code authorization} and {@code cookie}; the
 * accessors return them as sent, so a test can check that the key went out.
 */
public final class RecordedRequest {

    private static final Set<String> SECRET_HEADERS = Set.of("x-api-key", "authorization", "cookie");

    private final Instant receivedAt;
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> queryParams;
    private final Map<String, List<String>> headers;
    private final String body;

    RecordedRequest(Instant receivedAt, String method, String path, String rawQuery,
            Map<String, List<String>> headers, String body) {
        this.receivedAt = receivedAt;
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.queryParams = QueryString.parse(rawQuery);
        this.headers = copy(headers);
        this.body = body;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> source) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        source.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * When the request arrived (wall-clock time, whatever the fake's clock says).
     *
     * @return the arrival time
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * The HTTP method.
     *
     * @return e.g. {@code "GET"}
     */
    public String method() {
        return method;
    }

    /**
     * The decoded path without the query, e.g. {@code /api/deployment.all}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The procedure named by an {@code /api/<router>.<procedure>} path, as sent (case kept).
     *
     * @return the procedure, or empty for other paths
     */
    public Optional<String> procedure() {
        if (!path.startsWith("/api/") || path.length() == "/api/".length()) {
            return Optional.empty();
        }
        return Optional.of(path.substring("/api/".length()));
    }

    /**
     * The raw query string, without the {@code ?}.
     *
     * @return the query, empty when there is none
     */
    public String rawQuery() {
        return rawQuery;
    }

    /**
     * The query parameters, decoded, in order; a repeated name lists every value.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> queryParams() {
        return queryParams;
    }

    /**
     * The headers, names in lower case, in arrival order.
     *
     * @return an unmodifiable map
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The body as UTF-8 text ({@code ""} when there was none).
     *
     * @return the body
     */
    public String body() {
        return body;
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        headers.forEach((name, values) -> shown.add(name + "=" + (SECRET_HEADERS.contains(name) ? "***" : values)));
        return "RecordedRequest[" + method + " " + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery)
                + ", headers=" + shown + ", body=" + (body.length() > 200 ? body.substring(0, 200) + "…" : body)
                + "]";
    }
}
