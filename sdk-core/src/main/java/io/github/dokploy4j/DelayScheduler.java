package io.github.dokploy4j;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How a client waits between polls and between the attempts of a call, for tests that run the SDK in fake time
 * ({@link DokployClientBuilder#time}). A client normally waits on its own timer thread; a test can instead let each
 * wait move a fake clock forward, so that a ten-minute deploy-and-wait against a fake server runs in milliseconds:
 *
 * <pre>{@code
 * FakeDokploy fake = FakeDokploy.start(FakeDokployOptions.builder().manualClock().build());
 * Clock clock = ...;                                   // reads fake.clock().now()
 * DelayScheduler fakeWaits = delay -> {
 *     fake.clock().advance(delay);                     // runs every build step that falls due
 *     return CompletableFuture.completedFuture(null);
 * };
 * DokployClient client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
 *         .time(clock, fakeWaits).build();
 * }</pre>
 *
 * <p>Only the waits of the SDK's own pace go through it (poll intervals, retry backoffs, the reopening of a dropped
 * log stream). The deadlines of HTTP exchanges and of a WebSocket handshake stay in real time: they guard against a
 * server that does not answer, which fake time cannot speed up. The SDK asks for one wait at a time per poller and
 * may cancel a wait it no longer needs (a log line that brings the next poll forward); it continues on the client's
 * executor once the future completes, whichever thread completes it.
 */
@FunctionalInterface
public interface DelayScheduler {
    /**
     * Returns a future that completes once the delay has passed.
     *
     * @param delay how long to wait; zero or more
     * @return the wait; the SDK may cancel it
     */
    CompletableFuture<Void> delay(Duration delay);
}
