package io.github.dokploy4j;

import static org.awaitility.Awaitility.await;

import io.github.dokploy4j.testkit.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Fake time as discrete events, for measuring when the SDK notices things: a client's waits
 * ({@link DelayScheduler}) are kept until the simulation reaches them, and the fake server's clock moves to the next
 * wait, or to the next moment the test says the fake does something (a build step), whichever comes first, only once
 * the client is idle (its {@link CountingExecutor} has had nothing to do for a moment, so that the log stream's
 * frames, which travel in real time, have arrived). A client reacts to what the fake did at the fake instant it
 * happened, and a wait that a log line cut short never moves the clock, unlike {@link FakeTimeDelayer}.
 */
public final class EventTime implements DelayScheduler {
    /** How long the client must stay idle (real time) before the simulation moves on: frames are on loopback. */
    private static final Duration SETTLED = Duration.ofMillis(5);

    private record Wake(Instant at, long sequence, CompletableFuture<Void> done) {
    }

    private final FakeClock fake;
    private final CountingExecutor executor;
    private final PriorityQueue<Wake> wakes = new PriorityQueue<>(Comparator.comparing(Wake::at)
            .thenComparingLong(Wake::sequence));
    private final TreeSet<Instant> stops = new TreeSet<>();
    private long sequence;

    /**
     * Drives a fake's manual clock.
     *
     * @param fake the fake's clock
     * @param executor the client's executor
     */
    public EventTime(FakeClock fake, CountingExecutor executor) {
        this.fake = fake;
        this.executor = executor;
    }

    /**
     * Returns the client's clock: the fake's.
     *
     * @return the clock
     */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return fake.now();
            }
        };
    }

    @Override
    public synchronized CompletableFuture<Void> delay(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        wakes.add(new Wake(fake.now().plus(delay), sequence++, done));
        return done;
    }

    /**
     * Adds moments at which the fake does something the client may react to.
     *
     * @param moments the instants
     */
    public synchronized void stopAt(List<Instant> moments) {
        stops.addAll(moments);
    }

    /**
     * Runs the simulation until the goal completes.
     *
     * @param goal what the test waits for
     * @param limit the most fake time to spend
     */
    public void runUntil(CompletableFuture<?> goal, Duration limit) {
        Instant end = fake.now().plus(limit);
        while (true) {
            settle();
            if (goal.isDone()) {
                return;
            }
            Instant next = next();
            if (next == null || next.isAfter(end)) {
                throw new AssertionError("nothing left to happen before " + end + " and the goal is not reached");
            }
            Duration step = Duration.between(fake.now(), next);
            boolean fakeActs = reachesStop(next);
            if (!step.isNegative()) {
                fake.advance(step);
            }
            if (fakeActs) {
                settle(); // what the fake wrote reaches the client before the waits that fall due now end
            }
            for (CompletableFuture<Void> due : due()) {
                due.complete(null);
            }
        }
    }

    private synchronized Instant next() {
        wakes.removeIf(wake -> wake.done.isDone());
        Instant now = fake.now();
        stops.headSet(now, true).clear();
        Instant wake = wakes.isEmpty() ? null : wakes.peek().at;
        Instant stop = stops.isEmpty() ? null : stops.first();
        if (wake == null) {
            return stop;
        }
        return stop == null || wake.isBefore(stop) ? wake : stop;
    }

    private synchronized boolean reachesStop(Instant next) {
        return !stops.isEmpty() && !stops.first().isAfter(next);
    }

    private synchronized List<CompletableFuture<Void>> due() {
        List<CompletableFuture<Void>> due = new ArrayList<>();
        Instant now = fake.now();
        while (!wakes.isEmpty() && !wakes.peek().at.isAfter(now)) {
            due.add(wakes.poll().done);
        }
        return due;
    }

    private void settle() {
        await("the client to settle").pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                .during(SETTLED).atMost(Duration.ofSeconds(20)).until(executor::idle);
    }
}
