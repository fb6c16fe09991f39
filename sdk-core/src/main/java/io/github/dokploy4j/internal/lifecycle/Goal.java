package io.github.dokploy4j.internal.lifecycle;

/** What a waiter on a handle waits for. */
enum Goal {
    /** The next observation, whatever it shows (cancel decides on fresh information). */
    NEXT_OBSERVATION,
    /** The deployment row exists. */
    ROW_EXISTS,
    /** The deployment ended. */
    ENDED,
    /** The deployment ended and succeeded. */
    SUCCEEDED
}
