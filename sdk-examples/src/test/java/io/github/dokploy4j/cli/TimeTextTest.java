package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeTextTest {
    private static final Instant NOW = Instant.parse("2026-08-21T15:20:04Z");

    @Test
    void agesReadLikeAPersonSaysThem() {
        assertThat(TimeText.ago(NOW.minusSeconds(2), NOW)).isEqualTo("just now");
        assertThat(TimeText.ago(NOW.minusSeconds(42), NOW)).isEqualTo("42 s ago");
        assertThat(TimeText.ago(NOW.minusSeconds(190), NOW)).isEqualTo("3 min ago");
        assertThat(TimeText.ago(NOW.minusSeconds(7300), NOW)).isEqualTo("2 h ago");
        assertThat(TimeText.ago(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo("1 day ago");
        assertThat(TimeText.ago(NOW.minus(Duration.ofDays(4)), NOW)).isEqualTo("4 days ago");
    }

    @Test
    void durationsAreShortAndExact() {
        assertThat(TimeText.duration(Duration.ofMillis(300))).isEqualTo("<1s");
        assertThat(TimeText.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(TimeText.duration(Duration.ofSeconds(72))).isEqualTo("1m 12s");
        assertThat(TimeText.duration(Duration.ofMinutes(125))).isEqualTo("2h 05m");
    }

    @Test
    void elapsedTimesLookLikeAClock() {
        assertThat(TimeText.clock(Duration.ofSeconds(7))).isEqualTo("0:07");
        assertThat(TimeText.clock(Duration.ofSeconds(750))).isEqualTo("12:30");
    }
}
