package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.internal.json.DokployObjectMapper;

/** The one mapper every procedure declaration and the engine share; configured once, thread-safe. */
public final class WireJson {
    /** The SDK's mapper. Never reconfigure it after start-up: readers derived from it are cached. */
    public static final ObjectMapper MAPPER = DokployObjectMapper.create();

    private WireJson() {
    }
}
