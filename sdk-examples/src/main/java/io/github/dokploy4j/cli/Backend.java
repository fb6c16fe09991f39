package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.sample.SampleProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The server a command talks to: the one named by {@code --url} / {@code DOKPLOY_URL}, or, when neither is set, an
 * embedded fake seeded with the {@link SampleProject} (one note on stderr says so).
 */
final class Backend implements AutoCloseable {
    private static final String SAMPLE_PROJECT = "Fake Project";
    private static final String SAMPLE_ENVIRONMENT = "production";
    private final DokployClient client;
    private final @Nullable SampleProject sample;
    private final String address;
    private final ServiceDirectory services;

    private Backend(DokployClient client, @Nullable SampleProject sample, String address, ServiceDirectory services) {
        this.client = client;
        this.sample = sample;
        this.address = address;
        this.services = services;
    }

    static Backend connect(@Nullable String url, @Nullable String apiKey, UnaryOperator<String> environment,
            Output output) {
        String address = firstSet(url, environmentAddress(environment));
        if (address == null) {
            return embedded(output);
        }
        return server(address, firstSet(apiKey, environmentKey(environment)));
    }

    /** The server's address from the environment ({@code DOKPLOY_URL}), or {@code null}. */
    static @Nullable String environmentAddress(UnaryOperator<String> environment) {
        return firstSet(environment.apply("DOKPLOY_URL"));
    }

    /** The API key from the environment ({@code DOKPLOY_API_KEY}, else {@code DOKPLOY_AUTH_TOKEN}), or {@code null}. */
    static @Nullable String environmentKey(UnaryOperator<String> environment) {
        return firstSet(environment.apply("DOKPLOY_API_KEY"), environment.apply("DOKPLOY_AUTH_TOKEN"));
    }

    /**
     * Connects to a real server: builds its client, which sends nothing yet.
     *
     * @param address the server's address
     * @param key the API key, if one was given
     * @return the backend
     * @throws CliFailure without a key, or for an address or key the client refuses (exit 2)
     */
    static Backend server(String address, @Nullable String key) {
        if (key == null) {
            throw new CliFailure(ExitCode.USAGE, "no API key for " + address,
                    "pass --api-key or export DOKPLOY_API_KEY (create a key in Dokploy: Settings → Profile → API/CLI)");
        }
        DokployClient client;
        try {
            client = DokployClient.builder().baseUrl(address).apiKey(key.strip()).userAgent("dokploy-cli").build();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage(), null);
        }
        return new Backend(client, null, address, ServiceDirectory.of(client));
    }

    static Backend sample(SampleProject sample) {
        List<ListedService> listed = new ArrayList<>();
        sample.applications().forEach((name, id) ->
                listed.add(new ListedService(ServiceType.APPLICATION, id, name, SAMPLE_PROJECT, SAMPLE_ENVIRONMENT)));
        sample.composes().forEach((name, id) ->
                listed.add(new ListedService(ServiceType.COMPOSE, id, name, SAMPLE_PROJECT, SAMPLE_ENVIRONMENT)));
        // The embedded fake has no project.all: names are looked up among the sample's own services.
        ServiceDirectory services = new ServiceDirectory(sample.client(), () -> listed);
        listed.forEach(service -> services.remember(service.id(), service.name()));
        return new Backend(sample.client(), sample, sample.fake().baseUrl(), services);
    }

    static Backend embedded(Output output) {
        SampleProject sample = SampleProject.start();
        output.note(output.palette().yellow("No DOKPLOY_URL set: using an embedded fake Dokploy with a sample project ("
                + String.join(", ", sample.services().keySet()) + "; names work as ids). Set DOKPLOY_URL and "
                + "DOKPLOY_API_KEY to use your server."));
        return sample(sample);
    }

    DokployClient client() {
        return client;
    }

    /** The embedded sample, when there is no real server. */
    Optional<SampleProject> sample() {
        return Optional.ofNullable(sample);
    }

    /** The server's address, for messages (never the key). */
    String address() {
        return address;
    }

    /** Finds services by id or name and names them for display. */
    ServiceDirectory services() {
        return services;
    }

    @Override
    public void close() {
        if (sample != null) {
            sample.close();
        } else {
            client.close();
        }
    }

    static @Nullable String firstSet(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
