package io.github.dokploy4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers of a real Dokploy v0.30.2, as captured ({@code src/test/resources/fixtures}): {@code project.all} with two
 * projects (applications {@code sdk-app} and {@code sdk-app-ok}, compose {@code sdk-compose}),
 * {@code application.one} ({@code cap-web}), {@code compose.one} ({@code cap-stack}) and {@code deployment.all}.
 */
final class ServerFixtures {
    static final String SDK_APP_ID = "9LdVEfPUECK4npbD9ytdp";
    static final String SDK_APP_OK_ID = "IomHTWiKzA0Q7JOlZszbY";
    static final String SDK_COMPOSE_ID = "PGeTVmVvmqvpovHByJmTK";
    static final String CAP_WEB_ID = "-dNzNNIgwo1wPVtk-GThK";
    static final String CAP_STACK_ID = "gum2zxwGQZPldYhqyvY0W";

    private ServerFixtures() {
    }

    static String body(String name) {
        try (InputStream in = ServerFixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dokploy's 404 for an id that names no such service. */
    static String notFound(String procedure, String message) {
        return "{\"message\":\"" + message + "\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\","
                + "\"httpStatus\":404,\"path\":\"" + procedure + "\",\"zodError\":null}}";
    }
}
