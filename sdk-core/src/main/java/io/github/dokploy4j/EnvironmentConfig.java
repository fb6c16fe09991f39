package io.github.dokploy4j;

import java.util.function.UnaryOperator;

/** Reads the client's configuration from environment variables, the way Dokploy's official CLI names them. */
final class EnvironmentConfig {
    static final String URL = "DOKPLOY_URL";
    static final String API_KEY = "DOKPLOY_API_KEY";
    static final String AUTH_TOKEN = "DOKPLOY_AUTH_TOKEN";

    private EnvironmentConfig() {
    }

    static DokployClientBuilder builder(UnaryOperator<String> env) {
        String url = env.apply(URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL + " is not set: export " + URL
                    + "=https://your-dokploy-host (the address of your Dokploy server)");
        }
        String key = env.apply(API_KEY);
        if (key == null || key.isBlank()) {
            key = env.apply(AUTH_TOKEN);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(API_KEY + " is not set (nor " + AUTH_TOKEN + "): export " + API_KEY
                    + " with a key from Dokploy's Settings → Profile → API/CLI");
        }
        return DokployClient.builder().baseUrl(url).apiKey(key.strip());
    }
}
