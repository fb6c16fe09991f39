package io.github.dokploy4j.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * better-auth's API-key check: one key, optionally rate limited to a number of verifications per 24 hours of the
 * fake's clock. Dokploy verifies the key twice per HTTP request, so a budget of 10 lets 5 requests through.
 */
final class ApiKeyGate {

    static final Duration WINDOW = Duration.ofHours(24);

    private final String key;
    private final int budget;
    private final FakeClock clock;
    private Instant windowStart;
    private int spent;

    /** @param budget verifications per window, or 0 for an unlimited key */
    ApiKeyGate(String key, int budget, FakeClock clock) {
        this.key = key;
        this.budget = budget;
        this.clock = clock;
    }

    /** Runs {@code verifications} verifications of {@code presented}; true only if every one succeeds. */
    synchronized boolean verify(String presented, int verifications) {
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8))) {
            return false;
        }
        if (budget <= 0) {
            return true;
        }
        Instant now = clock.now();
        if (windowStart == null || !now.isBefore(windowStart.plus(WINDOW))) {
            windowStart = now;
            spent = 0;
        }
        boolean allPassed = true;
        for (int i = 0; i < verifications; i++) {
            if (spent >= budget) {
                allPassed = false;
            } else {
                spent++;
            }
        }
        return allPassed;
    }
}
