package io.github.dokploy4j.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every request the fake received, in arrival order. */
final class RequestJournal {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void record(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized int count(String procedure) {
        return (int) requests.stream().filter(request -> matches(request, procedure)).count();
    }

    synchronized void clear() {
        requests.clear();
    }

    synchronized void awaitCount(String procedure, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(procedure) < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("the fake received " + count(procedure) + " request(s) to "
                        + procedure + " within " + timeout + "; expected at least " + count);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for requests to " + procedure, e);
            }
        }
    }

    private static boolean matches(RecordedRequest request, String procedure) {
        return request.procedure().map(name -> name.equalsIgnoreCase(procedure)).orElse(false);
    }
}
