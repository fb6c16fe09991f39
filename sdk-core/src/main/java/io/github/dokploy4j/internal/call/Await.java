package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.error.DokployException;
import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.internal.poll.Failures;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * How the synchronous views wait for the asynchronous engine: the SDK's own exception is rethrown as it is (never a
 * {@code CompletionException}), and an interrupt cancels the call and keeps the thread's interrupt flag set.
 */
public final class Await {
    private Await() {
    }

    /**
     * Waits for a call.
     *
     * @param call the running call
     * @param <T> the result type
     * @return the result
     * @throws DokployException whatever the call failed with; {@link DokployTransportException.Kind#INTERRUPTED}
     *     when the thread was interrupted
     * @throws java.util.concurrent.CancellationException when someone cancelled the call's future
     */
    public static <T> T result(CompletableFuture<T> call) {
        try {
            return call.get();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new DokployTransportException("interrupted while waiting for a Dokploy call; the call was cancelled",
                    DokployTransportException.Kind.INTERRUPTED, null, e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        Throwable failure = Failures.cause(cause);
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return new DokployException("the call failed: " + failure, failure);
    }
}
