package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.error.DokployApiException;

/** The one rule every poller (deploy handles, log follows, watches) applies to a failed poll. */
public final class PollFailures {
    private PollFailures() {
    }

    /**
     * Tells whether a failed poll must end the polling rather than be tried again. Any 4xx but 408 and 429 does: a
     * plain 401 at once, since an API key limited to a few requests a day would burn the rest on retries, and the
     * others will not answer differently next time. Network failures, 408, 429 and 5xx are worth another poll.
     *
     * @param cause what the poll failed with
     * @return whether to stop polling
     */
    public static boolean isPermanent(Throwable cause) {
        if (cause instanceof DokployApiException) {
            int status = ((DokployApiException) cause).status();
            return status >= 400 && status < 500 && status != 408 && status != 429;
        }
        return false;
    }
}
