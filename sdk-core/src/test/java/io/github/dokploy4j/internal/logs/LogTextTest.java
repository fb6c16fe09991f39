package io.github.dokploy4j.internal.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a {@code readLogs} answer holds. */
class LogTextTest {

    @Test
    void theAnswerForAMissingFileIsNoLine() {
        LogText text = LogText.parse("\n");

        assertThat(text.all()).isEmpty();
        assertThat(text.counted()).isZero();
    }

    @Test
    void theAnswerForADeploymentWithoutALogPathIsNoLine() {
        assertThat(LogText.parse("").all()).isEmpty();
    }

    @Test
    void aLastLineWithoutItsBreakIsHeldApart() {
        LogText text = LogText.parse("a\r\nb\nhalf");

        assertThat(text.complete()).containsExactly("a", "b");
        assertThat(text.unterminated()).isEqualTo("half");
        assertThat(text.counted()).isEqualTo(3);
        assertThat(text.all()).containsExactly("a", "b", "half");
    }
}
