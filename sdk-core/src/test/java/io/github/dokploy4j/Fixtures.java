package io.github.dokploy4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON bodies under {@code src/test/resources/fixtures}, shaped exactly like the server's. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Reads a fixture.
     *
     * @param name the file name, e.g. {@code deployment-all.json}
     * @return its text
     */
    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
