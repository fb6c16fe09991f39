package io.github.dokploy4j.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The JDK {@code HttpClient} a client talks through: yours, there at once, or the client's own, which its pool makes
 * while {@code build()} returns (about 60 ms in a fresh JVM). Calls and log streams wait for it here; one that could
 * not be made fails each of them afresh, with the original failure as the cause.
 */
public final class PendingHttpClient {
    private final CompletableFuture<HttpClient> made;
    private final boolean jdkClient;

    PendingHttpClient(CompletableFuture<HttpClient> made, boolean jdkClient) {
        this.made = made;
        this.jdkClient = jdkClient;
    }

    /**
     * A client that is there.
     *
     * @param client yours, or one made on the spot
     * @return the pending client, already made
     */
    public static PendingHttpClient of(HttpClient client) {
        return new PendingHttpClient(CompletableFuture.completedFuture(client),
                client.getClass().getModule() == HttpClient.class.getModule());
    }

    /**
     * A client made on the given executor, from now on.
     *
     * @param executor the client's own pool
     * @param maker makes the JDK's client
     * @return the pending client
     */
    public static PendingHttpClient madeOn(Executor executor, Supplier<HttpClient> maker) {
        return new PendingHttpClient(CompletableFuture.supplyAsync(maker, executor), true);
    }

    /** Whether it is the JDK's implementation, whose requests for a body's length are known. */
    boolean isJdkClient() {
        return jdkClient;
    }

    /**
     * Waits for the client before an exchange sends anything: running out of time here is a failure to connect, which
     * even a {@code POST} may be retried after.
     */
    HttpClient awaitForExchange(Duration timeout) throws IOException, InterruptedException {
        try {
            return made.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ConnectException("the HTTP client was not made within the request timeout ("
                    + timeout.toMillis() + " ms); nothing was sent");
        } catch (ExecutionException e) {
            throw notMade(e);
        }
    }

    /**
     * Waits for the client as long as it takes, for a log stream.
     *
     * @return the client
     * @throws IllegalStateException when it could not be made, or the wait was interrupted (the flag is kept)
     */
    public HttpClient await() {
        try {
            return made.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the HTTP client was being made", e);
        } catch (ExecutionException e) {
            throw notMade(e);
        }
    }

    /**
     * Runs an action on the client once it is made: at once when it is, else on the thread that makes it.
     *
     * @param action e.g. closing it
     */
    public void whenMade(Consumer<HttpClient> action) {
        made.thenAccept(action);
    }

    // a new exception per call, of a kind that is not retried: the client will not be made on a second try
    private static RuntimeException notMade(ExecutionException failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException("the HTTP client could not be made: " + cause, cause);
    }
}
