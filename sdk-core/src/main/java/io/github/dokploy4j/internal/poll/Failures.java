package io.github.dokploy4j.internal.poll;

import io.github.dokploy4j.error.DokployException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What a future of the SDK really failed with, under the wrappers that stages and {@code get()} add. */
public final class Failures {
    private Failures() {
    }

    /**
     * Unwraps a failure.
     *
     * @param error what a stage or {@code get()} reported
     * @return the failure inside its {@code CompletionException} and {@code ExecutionException} wrappers
     */
    public static Throwable cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * A failure to throw from inside a stage, so that the stage fails with it.
     *
     * @param error what an earlier stage failed with
     * @return the unchecked failure as it is, a checked one wrapped
     */
    public static RuntimeException rethrown(Throwable error) {
        Throwable cause = cause(error);
        return cause instanceof RuntimeException ? (RuntimeException) cause : new CompletionException(cause);
    }

    /**
     * A failure as the SDK's exception.
     *
     * @param what what failed, for the message of a wrapped failure
     * @param error the failure
     * @return the SDK's own exception as it is; anything else (a bug) wrapped in one
     */
    public static DokployException asDokployException(String what, Throwable error) {
        Throwable cause = cause(error);
        return cause instanceof DokployException ? (DokployException) cause
                : new DokployException(what + " failed: " + cause, cause);
    }
}
