package io.github.dokploy4j.internal.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When a running deployment's row is read while its log streams live. */
class StreamPaceTest {
    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-08-21T15:20:00Z");

        void move(Duration by) {
            now = now.plus(by);
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
            return now;
        }
    }

    private final Hands clock = new Hands();
    private final StreamPace pace = new StreamPace(clock);

    @Test
    void dokploysClosingLineBringsTheReadToHalfASecondEvenWhenCutAcrossTwoMessages() {
        clock.move(Duration.ofSeconds(1));
        pace.text("Step 9/9 : CMD [\"node\"]\nDocker Depl");

        assertThat(pace.text("oyed: ✅")).isEqualTo(Duration.ofMillis(500));
        assertThat(pace.postpone()).isNull();
        assertThat(StreamPace.hasClosingLine("", "Error ❌\nboom")).isTrue();
        assertThat(StreamPace.hasClosingLine("", "Build nixpacks: ✅")).isFalse();
    }

    @Test
    void aClosingLineWhoseRowStillRunsIsReadAgainAfterOneTwoAndFourSecondsThenAtTheHeartbeat() {
        pace.text("Docker Deployed: ✅");

        assertThat(pace.stillRunning()).isEqualTo(Duration.ofSeconds(1));
        assertThat(pace.stillRunning()).isEqualTo(Duration.ofSeconds(2));
        assertThat(pace.stillRunning()).isEqualTo(Duration.ofSeconds(4));
        assertThat(pace.stillRunning()).isEqualTo(StreamPace.HEARTBEAT);
    }

    @Test
    void aStreamThatShowsNothingIsCheckedAtTheHeartbeat() {
        clock.move(Duration.ofSeconds(5));

        assertThat(pace.postpone()).isEqualTo(Duration.ofSeconds(15));
        clock.move(Duration.ofSeconds(15));
        assertThat(pace.postpone()).isNull();
    }

    @Test
    void aStreamStillWritingPutsTheReadOffUntilItHasBeenQuietForTwoSeconds() {
        clock.move(Duration.ofSeconds(10));
        pace.text("Step 1/9\n");
        clock.move(Duration.ofSeconds(1));

        assertThat(pace.postpone()).isEqualTo(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(pace.postpone()).isNull();
    }

    @Test
    void quietReadsThatFindTheBuildRunningAreSpacedFurtherApart() {
        pace.text("a\n");
        clock.move(Duration.ofSeconds(4));
        pace.text("b\n");
        clock.move(Duration.ofSeconds(2));
        assertThat(pace.postpone()).as("quiet for 2 s, 5 s after the last read").isNull();
        pace.stillRunning();

        clock.move(Duration.ofSeconds(1));
        pace.text("c\n");
        clock.move(Duration.ofSeconds(3));

        assertThat(pace.postpone()).as("spaced 10 s now: looked at again once quiet 2 s longer than the longest"
                + " pause (4 s)").isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aSilenceLongerThanAnyPauseBeforeIsReadAtOnceWhateverTheSpacing() {
        pace.text("a\n");
        clock.move(Duration.ofSeconds(3));
        pace.text("b\n");
        clock.move(Duration.ofSeconds(1));
        pace.stillRunning();
        pace.text("c\n");

        clock.move(Duration.ofSeconds(5));

        assertThat(pace.postpone()).as("quiet 5 s: 2 s longer than the longest pause, 3 s").isNull();
    }
}
