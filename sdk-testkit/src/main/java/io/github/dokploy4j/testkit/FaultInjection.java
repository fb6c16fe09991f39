package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Chooses what the next requests to one procedure get, from {@link FakeDokploy#onNextRequests(String, int)}. Faults
 * apply before any check (authentication included), as a proxy or a broken network would; each request takes one use,
 * and faults injected earlier for the same procedure are used up first.
 *
 * <pre>{@code
 * fake.onNextRequests("deployment.all", 2).respond(503, "{\"message\":\"Service Unavailable\"}");
 * fake.onNextRequests("application.deploy", 1).dropConnection();
 * }</pre>
 */
public final class FaultInjection {

    private final FaultRules rules;
    private final String procedure;
    private final int count;

    FaultInjection(FaultRules rules, String procedure, int count) {
        this.rules = rules;
        this.procedure = procedure.toLowerCase(Locale.ROOT);
        this.count = count;
    }

    /**
     * Answers with this status and body ({@code Content-Type: application/json}) instead of the real answer.
     *
     * @param status the HTTP status
     * @param body the body text, often a JSON object
     */
    public void respond(int status, String body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be 100..599: " + status);
        }
        rules.add(new FaultRule(procedure, count, FaultRule.Kind.RESPOND, status, Objects.requireNonNull(body, "body"),
                null));
    }

    /**
     * Holds each request for {@code delay} of real (wall-clock) time, then handles it normally. Closing the fake
     * abandons requests still held.
     *
     * @param delay how long to hold each request
     */
    public void delay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        rules.add(new FaultRule(procedure, count, FaultRule.Kind.DELAY, 0, null, delay));
    }

    /** Closes the connection without sending a single byte of an answer. */
    public void dropConnection() {
        rules.add(new FaultRule(procedure, count, FaultRule.Kind.DROP, 0, null, null));
    }

    @Override
    public String toString() {
        return "FaultInjection[" + procedure + " x" + count + "]";
    }
}
