package io.github.dokploy4j;

import io.github.dokploy4j.deployment.AsyncDeployments;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The asynchronous view of a {@link DokployClient}: the same calls, each returning a {@link CompletableFuture} that
 * completes on the HTTP client's executor and fails with the SDK's exceptions. No thread is held while a call waits.
 * Cancelling a future aborts its HTTP exchange (or the wait before a retry). Obtain it with
 * {@link DokployClient#async()}; it shares the client's connections, options and lifetime.
 */
public interface DokployAsyncClient extends DokployAsyncApi {
    /**
     * Returns the asynchronous deployments API.
     *
     * @return the service
     */
    AsyncDeployments deployments();

    /**
     * Returns the escape hatch that calls any procedure by name.
     *
     * @param name a procedure such as {@code application.one}
     * @return the raw procedure
     * @throws IllegalArgumentException when the name is not of the form {@code <router>.<procedure>}
     */
    AsyncRawProcedure procedure(String name);

    /**
     * Returns the server's version ({@code settings.getDokployVersion}).
     *
     * @return e.g. {@code "v0.30.2"}
     */
    CompletableFuture<String> serverVersion();

    /**
     * Returns a view whose calls use other options; see {@link DokployClient#withOptions(Consumer)}.
     *
     * @param modifier sets the options
     * @return the view
     */
    DokployAsyncClient withOptions(Consumer<RequestOptions.Builder> modifier);

    /**
     * Returns a view whose calls use the given options on top of this view's.
     *
     * @param options the options that win
     * @return the view
     */
    DokployAsyncClient withOptions(RequestOptions options);

    /**
     * Returns the synchronous view of the same client and options.
     *
     * @return the synchronous client
     */
    DokployClient sync();
}
