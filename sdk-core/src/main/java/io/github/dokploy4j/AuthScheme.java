package io.github.dokploy4j;

/**
 * How the client sends its API key.
 *
 * <p>Dokploy's public docs page says {@code Authorization: Bearer TOKEN}; that has been wrong since v0.19.0. The
 * server reads only {@code x-api-key} and ignores a Bearer header (a Bearer header alone gets 401).
 */
public enum AuthScheme {
    /** {@code x-api-key: <key>}: the only scheme Dokploy v0.19.0 and later accept. The default. */
    X_API_KEY,
    /** {@code Authorization: Bearer <key>}: only for servers older than v0.19.0. */
    BEARER
}
