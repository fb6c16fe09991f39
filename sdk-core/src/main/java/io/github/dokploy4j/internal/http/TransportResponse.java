package io.github.dokploy4j.internal.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One complete HTTP answer.
 *
 * @param status the HTTP status
 * @param headers the response headers, names in lower case
 * @param body the whole body, empty when there was none
 */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {
    /**
     * Returns the first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public String toString() {
        return "HTTP " + status + " (" + body.length + " bytes)";
    }
}
