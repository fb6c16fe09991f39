package io.github.dokploy4j.internal.http;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;

/**
 * A request body that reports each time the request is written. The JDK asks a body for its length exactly once each
 * time it writes a request head (HTTP/1.1 and HTTP/2 alike, including its own silent re-send), before any byte of
 * that request leaves; that is the one public hook that sees every copy of a request, so it is where copies are
 * counted and, when the budget is spent, refused.
 */
final class BudgetedBodyPublisher implements HttpRequest.BodyPublisher {
    private final HttpRequest.BodyPublisher body;
    private final SendBudget budget;
    private final boolean enforce;

    BudgetedBodyPublisher(HttpRequest.BodyPublisher body, SendBudget budget, boolean enforce) {
        this.body = body;
        this.budget = budget;
        this.enforce = enforce;
    }

    @Override
    public long contentLength() {
        budget.admit(enforce);
        return body.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        body.subscribe(subscriber);
    }
}
