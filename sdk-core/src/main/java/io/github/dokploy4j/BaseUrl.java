package io.github.dokploy4j;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Turns what a user calls "the Dokploy URL" into the root that procedure names are appended to. Accepts
 * {@code https://host}, {@code https://host/}, {@code https://host/api}, {@code https://host/api/} and a path prefix
 * behind a reverse proxy ({@code https://host/dokploy}), and always yields {@code <origin><prefix>/api/}.
 */
final class BaseUrl {
    private BaseUrl() {
    }

    static URI apiRoot(String baseUrl) {
        String text = baseUrl.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not be blank: pass the address of your Dokploy server,"
                    + " e.g. https://dokploy.example.com");
        }
        try {
            return apiRoot(new URI(text));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason()
                    + " (expected something like https://dokploy.example.com)", e);
        }
    }

    static URI apiRoot(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("baseUrl must start with http:// or https://, was '" + safe(uri) + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("baseUrl has no host: '" + safe(uri) + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not contain user info (user:password@): pass the API key"
                    + " with apiKey(…) and proxy credentials with defaultHeader(…)");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException("baseUrl must not contain a query (?…): '" + safe(uri) + "'");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not contain a fragment (#…): '" + safe(uri) + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.toLowerCase(Locale.ROOT).endsWith("/api")) {
            path = path.substring(0, path.length() - "/api".length());
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return URI.create(scheme + "://" + uri.getHost() + port + path + "/api/");
    }

    private static String safe(URI uri) {
        // never echo user info back: it may hold a password
        return uri.getRawUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo(), "***");
    }
}
