package io.github.dokploy4j.internal.poll;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;

/**
 * Calls a poller's listeners: one call at a time, in the order they were asked for, on the client's executor, never
 * under a lock of the SDK's. A listener that throws is logged once (at WARN, with the stack trace; later failures of
 * the same listener at DEBUG) and the other calls go on.
 */
public final class ListenerDispatch {
    private final Executor executor;
    private final Logger log;
    private final Set<Object> failedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Object lock = new Object();
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /**
     * Creates a dispatch.
     *
     * @param executor the client's executor
     * @param log where a failing listener is reported
     */
    public ListenerDispatch(Executor executor, Logger log) {
        this.executor = executor;
        this.log = log;
    }

    /**
     * Calls a listener after the calls asked for before.
     *
     * @param listener the listener, to report its failure once
     * @param what what the call is about, for the log line
     * @param call the call
     * @return completes once the call ran
     */
    public CompletableFuture<Void> submit(Object listener, String what, Runnable call) {
        return then(() -> {
            run(listener, what, call);
            return CompletableFuture.completedFuture(null);
        });
    }

    /**
     * Runs a step that may take its time (a delivery that waits for room in a bounded queue) after the ones asked for
     * before; the next step starts once its future completes.
     *
     * @param step the step, run on the executor
     * @return completes once the step's future completed
     */
    public CompletableFuture<Void> then(Supplier<CompletableFuture<Void>> step) {
        synchronized (lock) {
            CompletableFuture<Void> next = tail.handle((ignored, failure) -> null)
                    .thenComposeAsync(ignored -> step.get(), executor);
            tail = next;
            return next;
        }
    }

    /**
     * Runs one listener call, reporting a failure.
     *
     * @param listener the listener
     * @param what what the call is about
     * @param call the call
     */
    public void run(Object listener, String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            boolean first;
            synchronized (failedBefore) {
                first = failedBefore.add(listener);
            }
            if (first) {
                log.warn("a listener failed on {}; it keeps receiving calls, and its further failures are logged at"
                        + " DEBUG", what, e);
            } else {
                log.debug("a listener failed again on {}: {}", what, e.toString());
            }
        }
    }
}
