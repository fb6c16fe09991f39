package io.github.dokploy4j.internal.poll;

import io.github.dokploy4j.error.DokployApiException;
import io.github.dokploy4j.error.DokployException;
import java.time.Duration;

/**
 * The one rule every poller applies to a failed poll: which failures end the polling at once, how many failed polls
 * in a row are tolerated, and how long to wait before the next try.
 *
 * @param endsAfter how many failed polls in a row end the polling
 */
public record PollFailurePolicy(int endsAfter) {
    /** Deploy handles and log follows: a wait is worth little once the server failed three polls in a row. */
    public static final PollFailurePolicy WAIT = new PollFailurePolicy(3);
    /** The organisation watch, which runs for days: about five minutes of failures at its default pace. */
    public static final PollFailurePolicy WATCH = new PollFailurePolicy(30);

    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    /**
     * Tells whether a failed poll must end the polling rather than be tried again. Any 4xx but 408 and 429 does: a
     * plain 401 at once, since an API key limited to a few requests a day would burn the rest on retries, and the
     * others will not answer differently next time. So does anything that is not the SDK's own exception (a bug).
     * Network failures, 408, 429 and 5xx are worth another poll.
     *
     * @param cause what the poll failed with
     * @return whether to stop polling
     */
    public static boolean isPermanent(Throwable cause) {
        if (cause instanceof DokployApiException) {
            int status = ((DokployApiException) cause).status();
            return status >= 400 && status < 500 && status != 408 && status != 429;
        }
        return !(cause instanceof DokployException);
    }

    /**
     * Tells whether the polling ends after this failure.
     *
     * @param cause what the poll failed with
     * @param inARow how many polls failed in a row, this one included
     * @return whether to stop
     */
    public boolean ends(Throwable cause, int inARow) {
        return isPermanent(cause) || inARow >= endsAfter;
    }

    /**
     * The wait before trying again: one second, doubling up to ten.
     *
     * @param inARow how many polls failed in a row
     * @return the wait
     */
    public Duration retryAfter(int inARow) {
        long millis = FIRST_RETRY.toMillis() << Math.min(inARow - 1, 4);
        return Duration.ofMillis(Math.min(millis, LONGEST_RETRY.toMillis()));
    }
}
