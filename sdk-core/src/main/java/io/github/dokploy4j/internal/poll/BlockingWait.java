package io.github.dokploy4j.internal.poll;

import io.github.dokploy4j.error.DokployTransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the synchronous view of something that runs on (a log follow, a watch) blocks on its future: a timeout or an
 * interrupt ends the wait, never what is waited for.
 */
public final class BlockingWait {
    private BlockingWait() {
    }

    /**
     * Waits for a future.
     *
     * @param future what to wait for
     * @param timeout how long at most
     * @param what what is waited for, for the message of an interrupt: "a log to end; the follow goes on"
     * @return whether the future completed within the timeout
     * @throws RuntimeException what the future failed with, unwrapped; a {@link DokployTransportException} of kind
     *     {@link DokployTransportException.Kind#INTERRUPTED} when the thread was interrupted (its flag stays set)
     */
    public static boolean completes(CompletableFuture<?> future, Duration timeout, String what) {
        try {
            future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DokployTransportException("interrupted while waiting for " + what,
                    DokployTransportException.Kind.INTERRUPTED, null, e);
        } catch (ExecutionException e) {
            throw Failures.rethrown(e);
        }
    }
}
