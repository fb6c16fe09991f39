package io.github.dokploy4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-08-21T15:20:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreRead() {
        assertThat(RetryAfter.parse(Optional.of(" 7 "), clock)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateIsTheTimeUntilThen() {
        assertThat(RetryAfter.parse(Optional.of("Fri, 21 Aug 2026 15:20:30 GMT"), clock))
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse(Optional.of("Fri, 21 Aug 2026 15:00:00 GMT"), clock)).isEqualTo(Duration.ZERO);
    }

    @Test
    void garbageAndNegativeValuesAreIgnored() {
        assertThat(RetryAfter.parse(Optional.of("soon"), clock)).isNull();
        assertThat(RetryAfter.parse(Optional.of("-5"), clock)).isNull();
        assertThat(RetryAfter.parse(Optional.empty(), clock)).isNull();
    }
}
