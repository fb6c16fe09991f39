package io.github.dokploy4j;

import io.github.dokploy4j.internal.time.Delayer;
import io.github.dokploy4j.internal.call.RetryPolicy;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.testkit.FakeDokploy;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Clients for tests: no real waits between attempts, and the waits the engine asked for recorded. */
public final class TestClients {
    /** The key every test client sends. */
    public static final String API_KEY = "dk_test_5f2b9c1e7a3d4b6c8e0f1a2b3c4d5e6f";

    private TestClients() {
    }

    /** A delayer that completes at once and remembers each wait. */
    public static final class RecordingDelayer implements Delayer {
        private final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> delay(Duration delay) {
            waits.add(delay);
            return CompletableFuture.completedFuture(null);
        }

        /**
         * Returns the waits asked for so far.
         *
         * @return the waits, in order
         */
        public List<Duration> waits() {
            return waits;
        }
    }

    /**
     * A builder for a server on loopback, with instant retries and no jitter.
     *
     * @param baseUrl the server
     * @return the builder
     */
    public static TestClientBuilder builder(String baseUrl) {
        return builder(baseUrl, new RecordingDelayer());
    }

    /**
     * A builder whose waits go to the given delayer.
     *
     * @param baseUrl the server
     * @param delayer the delayer
     * @return the builder
     */
    public static TestClientBuilder builder(String baseUrl, Delayer delayer) {
        return new TestClientBuilder()
                .baseUrl(baseUrl)
                .apiKey(API_KEY)
                .delayer(delayer)
                .retryPolicy(new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                        () -> 0.0));
    }

    /**
     * A builder whose polling runs in fake time, with markers drawn from a fixed sequence of numbers.
     *
     * @param baseUrl the server
     * @param time the fake time, as delayer and clock
     * @return the builder
     */
    public static TestClientBuilder inFakeTime(String baseUrl, FakeTime time) {
        java.util.concurrent.atomic.AtomicInteger draws = new java.util.concurrent.atomic.AtomicInteger();
        return builder(baseUrl, time).clock(time).random(() -> (draws.getAndIncrement() % 97) / 97.0);
    }

    /**
     * Sets the clock the client reads {@code Retry-After} dates against.
     *
     * @param builder the builder
     * @param clock the clock
     * @return the builder
     */
    public static TestClientBuilder withClock(TestClientBuilder builder, java.time.Clock clock) {
        return builder.clock(clock);
    }

    /**
     * A builder over a scripted transport instead of HTTP.
     *
     * @param transport the transport
     * @param delayer the delayer
     * @return the builder
     */
    public static TestClientBuilder builder(Transport transport, Delayer delayer) {
        return builder("https://dokploy.test", delayer).transport(transport);
    }

    /**
     * A client of a fake Dokploy that lives in the fake's time: its waits between polls and retries move the fake's
     * manual clock ({@link FakeTimeDelayer}) and its deadlines read that clock, so a whole deployment life cycle runs
     * without a real wait. Jitter and deploy markers come from a seeded generator: runs repeat, markers differ.
     *
     * @param fake a fake started with a manual clock
     * @return the client; close it
     */
    public static DokployClient inFakeTime(FakeDokploy fake) {
        return inFakeTime(fake, new FakeTimeDelayer(fake.clock()));
    }

    /**
     * A client of a fake Dokploy whose waits go to the given delayer and whose deadlines read the fake's clock.
     *
     * @param fake a fake started with a manual clock
     * @param delayer e.g. a {@link SteppingDelayer}
     * @return the client; close it
     */
    public static DokployClient inFakeTime(FakeDokploy fake, Delayer delayer) {
        Random seeded = new Random(20260821L);
        return new TestClientBuilder()
                .baseUrl(fake.baseUrl())
                .apiKey(fake.apiKey())
                .delayer(delayer)
                .clock(new FakeTimeClock(fake.clock()))
                .random(seeded::nextDouble)
                .retryPolicy(new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                        () -> 0.0))
                .build();
    }
}
