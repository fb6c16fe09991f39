package io.github.dokploy4j.internal.client;

import io.github.dokploy4j.ClientOptions;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.RequestOptions;

/** The one door from the exported API into the implementation: {@code DokployClientBuilder.build()} calls it. */
public final class ClientFactory {
    private ClientFactory() {
    }

    /**
     * Starts a client.
     *
     * @param options the checked options
     * @return the client
     */
    public static DokployClient create(ClientOptions options) {
        return create(options, ClientSeams.real());
    }

    /**
     * Starts a client with replaced surroundings (tests).
     *
     * @param options the checked options
     * @param seams time, randomness and transport
     * @return the client
     */
    public static DokployClient create(ClientOptions options, ClientSeams seams) {
        return new DefaultDokployClient(ClientRuntime.start(options, seams), RequestOptions.none());
    }
}
