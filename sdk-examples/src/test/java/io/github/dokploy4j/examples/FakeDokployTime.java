package io.github.dokploy4j.examples;

import io.github.dokploy4j.DelayScheduler;
import io.github.dokploy4j.testkit.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/**
 * A client's time in a fake Dokploy's manual clock, for {@code DokployClientBuilder.time(time, time)}: deadlines read
 * the fake's clock, and every wait of the SDK moves it forward (running the build steps that fall due), so a
 * ten-minute deploy-and-wait takes milliseconds. Copy it into your own tests; the testkit does not depend on the SDK.
 */
final class FakeDokployTime extends Clock implements DelayScheduler {
    private final FakeClock fake;

    /**
     * Drives a fake's manual clock ({@code FakeDokployOptions.builder().manualClock()}).
     *
     * @param fake the fake's clock
     */
    FakeDokployTime(FakeClock fake) {
        if (!fake.isManual()) {
            throw new IllegalArgumentException("start the fake with a manual clock");
        }
        this.fake = fake;
    }

    @Override
    public CompletableFuture<Void> delay(Duration delay) {
        fake.advance(delay);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Instant instant() {
        return fake.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
