package io.github.dokploy4j.internal.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many times one call may put its request on the wire, across all its attempts, and how many times it did.
 *
 * <p>The JDK's {@code HttpClient} re-sends a {@code GET} once by itself when a pooled connection turns out to be
 * closed before any byte of the answer arrives, and the server may already have read the first copy. The transport
 * reports every request it writes here ({@link #admit(boolean)}), so that re-send is counted like any other attempt,
 * and refused once the call's budget is spent: the server never sees more requests than the retry policy allows.
 */
public final class SendBudget {
    private final int limit;
    private final AtomicInteger sent = new AtomicInteger();

    /**
     * Creates a budget.
     *
     * @param limit how many requests the call may send in all, at least 1
     */
    public SendBudget(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        this.limit = limit;
    }

    /**
     * Records that a request is about to be written.
     *
     * @param enforce whether to refuse the request when the budget is spent
     * @throws ResendRefusedException when {@code enforce} is set and the call has sent all it may
     */
    public void admit(boolean enforce) {
        int count = sent.incrementAndGet();
        if (enforce && count > limit) {
            sent.decrementAndGet();
            throw new ResendRefusedException(limit);
        }
    }

    /**
     * Records one request for an attempt that reached the server through a transport that did not report it.
     *
     * @param sentBefore what {@link #sent()} returned when the attempt started
     */
    public void settle(int sentBefore) {
        sent.compareAndSet(sentBefore, sentBefore + 1);
    }

    /**
     * Returns how many requests were written so far.
     *
     * @return the count
     */
    public int sent() {
        return sent.get();
    }

    /**
     * Returns how many requests the call may write in all.
     *
     * @return the limit
     */
    public int limit() {
        return limit;
    }

    /**
     * Tells whether another request may still be written.
     *
     * @return {@code true} while fewer than {@link #limit()} were written
     */
    public boolean hasRoom() {
        return sent.get() < limit;
    }

    @Override
    public String toString() {
        return sent.get() + "/" + limit;
    }
}
