package io.github.dokploy4j;

import io.github.dokploy4j.deployment.Deployments;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A synchronous client of one Dokploy server. Thread-safe: share one instance; {@link #close()} it when done.
 *
 * <pre>{@code
 * try (DokployClient client = DokployClient.builder()
 *         .baseUrl("https://dokploy.example.com")      // "/api" or a trailing "/" is accepted
 *         .apiKey(System.getenv("DOKPLOY_API_KEY"))   // sent as x-api-key
 *         .build()) {
 *     for (Deployment d : client.deployments().all(applicationId)) {
 *         System.out.println(d.deploymentId() + " " + d.status());
 *     }
 * }
 * }</pre>
 *
 * <p>Every router of the server has an accessor ({@link DokployApi}): {@code client.projects().create(…)},
 * {@code client.applications().saveEnvironment(…)}, … one method per procedure, with a typed input checked before
 * anything is sent. Every call is also available asynchronously through {@link #async()}. Calls throw the unchecked
 * exceptions of
 * {@link io.github.dokploy4j.error}; bad arguments (null or blank ids, numbers out of range) throw
 * {@link NullPointerException} or {@link IllegalArgumentException} before anything is sent.
 */
public interface DokployClient extends DokployApi, AutoCloseable {

    /**
     * Starts building a client.
     *
     * @return a new builder
     */
    static DokployClientBuilder builder() {
        return new DokployClientBuilder();
    }

    /**
     * Builds a client from the environment: {@code DOKPLOY_URL} and {@code DOKPLOY_API_KEY} (falling back to
     * {@code DOKPLOY_AUTH_TOKEN}, as Dokploy's official CLI does).
     *
     * @return a client with default options
     * @throws IllegalStateException naming the variable that is missing
     * @throws IllegalArgumentException when a variable's value is not usable
     */
    static DokployClient fromEnv() {
        return EnvironmentConfig.builder(System::getenv).build();
    }

    /**
     * Returns the deployments API ({@code deployment.*} procedures).
     *
     * @return the synchronous deployments service
     */
    Deployments deployments();

    /**
     * Returns the asynchronous view of this client, sharing its connections, options and lifetime.
     *
     * @return the asynchronous client
     */
    DokployAsyncClient async();

    /**
     * Returns the escape hatch that calls any procedure by name.
     *
     * @param name a procedure such as {@code application.one} ({@code <router>.<procedure>})
     * @return the raw procedure
     * @throws IllegalArgumentException when the name is not of that form
     */
    RawProcedure procedure(String name);

    /**
     * Returns the server's version ({@code settings.getDokployVersion}).
     *
     * @return e.g. {@code "v0.30.2"}
     * @throws io.github.dokploy4j.error.DokployException when the call fails
     */
    String serverVersion();

    /**
     * Returns a view of this client whose calls use other options (timeout, retries, idempotency, extra headers). The
     * view shares this client's connections and lifetime; closing either closes both.
     *
     * <pre>{@code
     * client.withOptions(o -> o.timeout(Duration.ofMinutes(2))).deployments().allCentralized();
     * }</pre>
     *
     * @param modifier sets the options on a builder that starts from this view's options
     * @return the view
     */
    DokployClient withOptions(Consumer<RequestOptions.Builder> modifier);

    /**
     * Returns a view of this client whose calls use the given options on top of this view's.
     *
     * @param options the options that win
     * @return the view
     */
    DokployClient withOptions(RequestOptions options);

    /**
     * Returns the options the client was built with (shared by all its views).
     *
     * @return the client's options; the key never appears in their {@code toString()}
     */
    ClientOptions clientOptions();

    /**
     * Returns the options this view adds to each call.
     *
     * @return the options; {@link RequestOptions#none()} for a client fresh from its builder
     */
    RequestOptions options();

    /**
     * Releases what the client started itself (its HTTP threads). Calls made afterwards fail with
     * {@link IllegalStateException}. A caller-supplied {@link java.net.http.HttpClient} or {@link Executor} is left alone.
     */
    @Override
    void close();
}
