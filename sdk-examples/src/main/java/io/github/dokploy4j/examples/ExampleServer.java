package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.sample.SampleProject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where the examples run: the Dokploy server of {@code DOKPLOY_URL} and {@code DOKPLOY_API_KEY}, or, when
 * {@code DOKPLOY_URL} is unset, an embedded fake Dokploy seeded with the {@link SampleProject}.
 *
 * <pre>{@code
 * try (ExampleServer server = ExampleServer.connect()) {
 *     DokployClient client = server.client();
 *     String appId = server.applicationId(args);   // args[0], or the sample's web-api
 * }
 * }</pre>
 */
public final class ExampleServer implements AutoCloseable {
    private final DokployClient client;
    private final @Nullable SampleProject sample;

    private ExampleServer(DokployClient client, @Nullable SampleProject sample) {
        this.client = client;
        this.sample = sample;
    }

    /**
     * Connects to {@code DOKPLOY_URL}, or starts the embedded sample when it is unset.
     *
     * @return the server to run an example against
     */
    public static ExampleServer connect() {
        return connect(System::getenv);
    }

    /**
     * Connects to the server an environment names, or starts the embedded sample when it names none.
     *
     * @param environment reads environment variables
     * @return the server to run an example against
     */
    public static ExampleServer connect(UnaryOperator<String> environment) {
        return connect(environment, Duration.ofSeconds(3));
    }

    static ExampleServer connect(UnaryOperator<String> environment, Duration sampleBuildTime) {
        String url = environment.apply("DOKPLOY_URL");
        if (url != null && !url.isBlank()) {
            return new ExampleServer(DokployClient.fromEnv(), null);
        }
        System.err.println("No DOKPLOY_URL set: running against an embedded fake Dokploy with a sample project.");
        SampleProject sample = SampleProject.start(sampleBuildTime);
        return new ExampleServer(sample.client(), sample);
    }

    /**
     * The client to use.
     *
     * @return the client
     */
    public DokployClient client() {
        return client;
    }

    /**
     * The embedded sample, when there is no real server.
     *
     * @return the sample, or empty on a real server
     */
    public Optional<SampleProject> sample() {
        return Optional.ofNullable(sample);
    }

    /**
     * The application an example works on: the first argument, else (on the embedded fake) the sample's
     * {@code web-api}.
     *
     * @param args the example's arguments
     * @return an application id
     * @throws IllegalArgumentException on a real server without an argument
     */
    public String applicationId(String[] args) {
        if (args.length > 0) {
            return args[0];
        }
        if (sample == null) {
            throw new IllegalArgumentException("pass an application id as the first argument");
        }
        return sample.applicationId(SampleProject.WEB_API);
    }

    /** Closes the client, and stops the embedded fake if one was started. */
    @Override
    public void close() {
        if (sample != null) {
            sample.close();
        } else {
            client.close();
        }
    }
}
