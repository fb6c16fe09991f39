package io.github.dokploy4j.internal.call;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes flat query parameters the way Dokploy's REST adapter reads them: one {@code name=value} pair per
 * parameter, every byte outside {@code [A-Za-z0-9._*-]} percent-encoded (so an id can never add a parameter or
 * change the path), {@code null} values left out, and an iterable as a repeated parameter.
 */
public final class QueryString {
    private QueryString() {
    }

    /**
     * Encodes parameters.
     *
     * @param params names to values; {@code null} values are left out, iterables repeated
     * @return the query without {@code ?}
     */
    public static String encode(Map<String, ?> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (value instanceof Iterable<?>) {
                for (Object element : (Iterable<?>) value) {
                    add(query, name, element);
                }
            } else {
                add(query, name, value);
            }
        });
        return query.toString();
    }

    /**
     * Encodes one parameter.
     *
     * @param name the name
     * @param value the value
     * @return {@code name=value}, both percent-encoded
     */
    public static String param(String name, Object value) {
        return component(name) + "=" + component(String.valueOf(value));
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(param(name, value));
        }
    }

    private static String component(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
