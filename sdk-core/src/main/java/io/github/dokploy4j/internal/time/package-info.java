/**
 * Time for a client: its one timer thread, and the {@link io.github.dokploy4j.internal.time.Delayer} every wait
 * (backoff, poll interval) goes through, which tests replace to run in fake time. Not API.
 */
@NullMarked
package io.github.dokploy4j.internal.time;

import org.jspecify.annotations.NullMarked;
