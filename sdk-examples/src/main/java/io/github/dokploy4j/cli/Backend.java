package io.github.dokploy4j.cli;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.DokployClientBuilder;
import io.github.dokploy4j.sample.SampleProject;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The server a command talks to: the one named by {@code --url} / {@code DOKPLOY_URL}, or, when neither is set, an
 * embedded fake seeded with the {@link SampleProject} (one note on stderr says so).
 */
final class Backend implements AutoCloseable {
    private final DokployClient client;
    private final @Nullable SampleProject sample;
    private final String address;

    private Backend(DokployClient client, @Nullable SampleProject sample, String address) {
        this.client = client;
        this.sample = sample;
        this.address = address;
    }

    static Backend connect(@Nullable String url, @Nullable String apiKey, UnaryOperator<String> environment,
            Output output) {
        String address = firstSet(url, environment.apply("DOKPLOY_URL"));
        if (address == null) {
            return embedded(output);
        }
        String key = firstSet(apiKey, environment.apply("DOKPLOY_API_KEY"), environment.apply("DOKPLOY_AUTH_TOKEN"));
        if (key == null) {
            throw new CliFailure(ExitCode.USAGE, "no API key for " + address,
                    "pass --api-key or export DOKPLOY_API_KEY (create a key in Dokploy: Settings → Profile → API/CLI)");
        }
        DokployClient client;
        try {
            DokployClientBuilder builder = DokployClient.builder().baseUrl(address).apiKey(key.strip())
                    .userAgent("dokploy-cli");
            if (isPlainHttp(address)) {
                builder.sslContext(new PlainHttpSslContext());
            }
            client = builder.build();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage(), null);
        }
        return new Backend(client, null, address);
    }

    static Backend sample(SampleProject sample) {
        return new Backend(sample.client(), sample, sample.fake().baseUrl());
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

    /** A service id as given, or the id of the sample service of that name on the embedded fake. */
    String serviceId(String nameOrId) {
        return sample == null ? nameOrId : sample.serviceId(nameOrId).orElse(nameOrId);
    }

    /** A service's name for display: the sample's name on the embedded fake, else the id. */
    String serviceName(String id) {
        if (sample != null) {
            for (var entry : sample.services().entrySet()) {
                if (entry.getValue().equals(id)) {
                    return entry.getKey();
                }
            }
        }
        return id;
    }

    @Override
    public void close() {
        if (sample != null) {
            sample.close();
        } else {
            client.close();
        }
    }

    private static boolean isPlainHttp(String address) {
        return address.regionMatches(true, 0, "http://", 0, "http://".length());
    }

    private static @Nullable String firstSet(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
