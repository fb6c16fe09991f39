package io.github.dokploy4j.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.internal.time.ClientTimer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One sweep keeps every deadline in flight; it interrupts only a sender whose deadline passed, and then stops. */
class ExchangeDeadlinesTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ClientTimer timer = new ClientTimer("deadlines-test-timer", executor);
    private final ExchangeDeadlines deadlines = new ExchangeDeadlines(timer);

    @AfterEach
    void close() {
        timer.close();
        executor.shutdownNow();
    }

    @Test
    void aPassedDeadlineInterruptsTheSenderAndEndingItClearsTheInterrupt() throws Exception {
        CompletableFuture<List<Boolean>> seen = new CompletableFuture<>();
        Thread sender = new Thread(() -> {
            ExchangeDeadline deadline = deadlines.start(Duration.ofMillis(30));
            try {
                new CountDownLatch(1).await(); // stands for send(…) waiting for headers that never come
                seen.complete(List.of());
            } catch (InterruptedException interrupt) {
                seen.complete(List.of(deadlines.end(deadline), Thread.currentThread().isInterrupted()));
            }
        });
        sender.start();

        assertThat(seen.get(5, TimeUnit.SECONDS)).as("ended by the deadline; interrupt flag afterwards")
                .containsExactly(true, false);
    }

    @Test
    void aDeadlineEndedInTimeNeverInterrupts() {
        ExchangeDeadline deadline = deadlines.start(Duration.ofMillis(30));

        assertThat(deadlines.end(deadline)).isFalse();
        deadline.expire(); // a sweep that found it just before it ended

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(deadline.finish()).isFalse();
        assertThat(deadline.timedOut()).hasMessage("the answer did not complete within the request timeout (30 ms)");
    }

    @Test
    void aBusyClientSchedulesOneSweepPerTimeoutNotOnePerCall() {
        ExchangeDeadline first = deadlines.start(Duration.ofMinutes(5));
        long due = deadlines.nextSweep();
        deadlines.end(first);

        for (int call = 0; call < 1_000; call++) {
            deadlines.end(deadlines.start(Duration.ofMinutes(5)));
        }

        assertThat(due).isEqualTo(first.endsAt());
        assertThat(deadlines.nextSweep()).as("still the sweep the first call scheduled").isEqualTo(due);
    }

    @Test
    void aShorterTimeoutBringsTheSweepForward() {
        ExchangeDeadline slow = deadlines.start(Duration.ofMinutes(5));
        ExchangeDeadline quick = deadlines.start(Duration.ofSeconds(1));

        assertThat(deadlines.nextSweep()).isEqualTo(quick.endsAt());
        deadlines.end(quick);
        deadlines.end(slow);
    }

    @Test
    void anInterruptOfSomeoneElseIsNotTakenForTheDeadline() {
        ExchangeDeadline deadline = deadlines.start(Duration.ofMinutes(5));
        Thread.currentThread().interrupt();

        assertThat(deadlines.end(deadline)).isFalse();
        assertThat(Thread.interrupted()).as("the caller's own interrupt stays").isTrue();
    }
}
