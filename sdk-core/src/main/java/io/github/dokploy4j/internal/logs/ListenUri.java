package io.github.dokploy4j.internal.logs;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The address of Dokploy's log WebSocket: {@code /listen-deployment} at the server's origin plus any path prefix of
 * the base URL before {@code /api/} (a reverse proxy's), {@code ws://} for {@code http://} and {@code wss://} for
 * {@code https://}, with {@code logPath} and {@code serverId} URL-encoded (Dokploy's UI leaves them raw).
 */
final class ListenUri {
    private ListenUri() {
    }

    static URI of(URI apiRoot, String logPath, Optional<String> serverId) {
        String scheme = "https".equalsIgnoreCase(apiRoot.getScheme()) ? "wss" : "ws";
        String path = apiRoot.getRawPath();
        String prefix = path.endsWith("api/") ? path.substring(0, path.length() - "api/".length()) : "/";
        StringBuilder uri = new StringBuilder(scheme).append("://").append(apiRoot.getRawAuthority()).append(prefix)
                .append("listen-deployment?logPath=").append(encode(logPath));
        serverId.ifPresent(id -> uri.append("&serverId=").append(encode(id)));
        return URI.create(uri.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
