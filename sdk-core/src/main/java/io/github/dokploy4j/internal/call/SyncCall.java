package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.internal.time.Delayer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Drives a call on the caller's thread: each attempt takes an in-flight permit, exchanges, gives the permit back, and
 * the waits between attempts block the thread. Nothing is handed to another thread, so a synchronous call costs what
 * the JDK's own blocking {@code send} costs. An interrupt aborts the exchange or the wait, fails the call with
 * {@code DokployTransportException} of kind {@code INTERRUPTED}, and leaves the thread's interrupt flag set.
 *
 * @param <O> the result type
 */
final class SyncCall<O> {
    private final Attempts<O> attempts;
    private final Delayer delayer;

    SyncCall(Attempts<O> attempts, Delayer delayer) {
        this.attempts = attempts;
        this.delayer = delayer;
    }

    O run() {
        try {
            while (true) {
                attempts.limiter().acquire();
                Step<O> step;
                try {
                    step = attempts.next();
                } finally {
                    attempts.limiter().release();
                }
                Duration wait = step.retryAfter();
                if (wait == null) {
                    RuntimeException failure = step.failure();
                    if (failure != null) {
                        throw failure;
                    }
                    return step.value();
                }
                sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CallEngine.interrupted(attempts.procedureName(), e);
        }
    }

    private void sleep(Duration wait) throws InterruptedException {
        CompletableFuture<Void> delay = delayer.delay(wait);
        try {
            delay.get();
        } catch (InterruptedException e) {
            delay.cancel(false);
            throw e;
        } catch (ExecutionException e) {
            throw CallEngine.asSdkFailure(e.getCause());
        }
    }
}
