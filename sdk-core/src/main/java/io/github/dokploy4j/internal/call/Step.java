package io.github.dokploy4j.internal.call;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How one attempt of a call ended: with the result, with the exception the call fails with, or with the wait before
 * the next attempt.
 *
 * @param <O> the result type
 */
final class Step<O> {
    private final @Nullable O value;
    private final @Nullable RuntimeException failure;
    private final @Nullable Duration retryAfter;

    private Step(@Nullable O value, @Nullable RuntimeException failure, @Nullable Duration retryAfter) {
        this.value = value;
        this.failure = failure;
        this.retryAfter = retryAfter;
    }

    static <O> Step<O> done(@Nullable O value) {
        return new Step<>(value, null, null);
    }

    static <O> Step<O> failed(RuntimeException failure) {
        return new Step<>(null, failure, null);
    }

    static <O> Step<O> retryAfter(Duration wait) {
        return new Step<>(null, null, wait);
    }

    @Nullable O value() {
        return value;
    }

    @Nullable RuntimeException failure() {
        return failure;
    }

    /** The wait before the next attempt, or {@code null} when the call is over. */
    @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
