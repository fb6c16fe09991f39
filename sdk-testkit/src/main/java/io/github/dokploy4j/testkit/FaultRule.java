package io.github.dokploy4j.testkit;

import java.time.Duration;

/** One injected fault: what the next {@code remaining} requests to a procedure get instead of (or before) the answer. */
final class FaultRule {

    enum Kind {
        RESPOND,
        DELAY,
        DROP
    }

    final String procedure;
    final Kind kind;
    final int status;
    final String body;
    final Duration delay;
    int remaining;

    FaultRule(String procedure, int count, Kind kind, int status, String body, Duration delay) {
        this.procedure = procedure;
        this.remaining = count;
        this.kind = kind;
        this.status = status;
        this.body = body;
        this.delay = delay;
    }
}
