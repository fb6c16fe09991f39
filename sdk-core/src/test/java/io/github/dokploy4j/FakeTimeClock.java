package io.github.dokploy4j;

import io.github.dokploy4j.testkit.FakeClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The client's clock read from a fake Dokploy's clock, so deadlines run in the fake's time. */
public final class FakeTimeClock extends Clock {
    private final FakeClock fake;

    /**
     * Reads the given fake clock.
     *
     * @param fake the fake's clock
     */
    public FakeTimeClock(FakeClock fake) {
        this.fake = fake;
    }

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
}
