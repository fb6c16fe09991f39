package io.github.dokploy4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The log-following measurements' inputs are followed to their end, every line exactly once; no timing asserted. */
class LogFollowInputsTest {
    private static final int LINES = 2_400;
    private static LiveFollowMeasurement live;

    @BeforeAll
    static void startTheFake() {
        live = new LiveFollowMeasurement();
    }

    @AfterAll
    static void stopTheFake() {
        live.close();
    }

    @Test
    void theSdkFollowsThePolledWindowsToTheEnd() throws Exception {
        PollingFollowMeasurement.Run run = PollingFollowMeasurement.sdk(LINES, LogFollowReport.GROWTH_PER_POLL);

        assertThat(run.exactlyOnce()).isTrue();
        assertThat(run.polls()).isEqualTo(LINES / LogFollowReport.GROWTH_PER_POLL + 1);
        assertThat(run.pollNanos()).hasSize(4);
        assertThat(LongStream.of(run.pollNanos()).min().orElseThrow()).isPositive();
        assertThat(run.logBytesPerPoll()).isGreaterThan(LogFollowReport.GROWTH_PER_POLL * 60);
    }

    @Test
    void theFloorFollowsTheSameWindowsToTheEnd() throws Exception {
        PollingFollowMeasurement.Run run = PollingFollowMeasurement.floor(LINES, LogFollowReport.GROWTH_PER_POLL);

        assertThat(run.exactlyOnce()).isTrue();
        assertThat(run.polls()).isEqualTo(LINES / LogFollowReport.GROWTH_PER_POLL + 1);
        assertThat(run.pollNanos()).hasSize(4);
        assertThat(LongStream.of(run.pollNanos()).min().orElseThrow()).isPositive();
    }

    @Test
    void everyLineOfTheBuildLogDiffersAndIsAsLongAsABuildLine() {
        assertThat(IntStream.range(0, LogFollowReport.POLLED_LINES).mapToObj(BuildLog::line).distinct().count())
                .isEqualTo(LogFollowReport.POLLED_LINES);
        assertThat(BuildLog.line(0)).hasSizeBetween(30, 110);
        assertThat(BuildLog.line(LogFollowReport.POLLED_LINES - 1)).hasSizeBetween(30, 110);
    }

    @Test
    void theSdkReceivesEveryLiveLineOnceAndFollowsToTheEnd() throws Exception {
        LiveFollowMeasurement.Run run = live.sdk(20);

        assertThat(run.exactlyOnce()).isTrue();
        assertThat(run.latencyNanos()).hasSize(20);
        assertThat(LongStream.of(run.latencyNanos()).min().orElseThrow()).isPositive();
    }

    @Test
    void theBareSocketReceivesEveryLiveLineOnce() throws Exception {
        LiveFollowMeasurement.Run run = live.floor(20);

        assertThat(run.exactlyOnce()).isTrue();
        assertThat(run.latencyNanos()).hasSize(20);
    }
}
