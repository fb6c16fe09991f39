package io.github.dokploy4j.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueueJobStateTest {

    @ParameterizedTest
    @CsvSource({
        "waiting, WAITING", "active, ACTIVE", "delayed, DELAYED", "prioritized, PRIORITIZED", "paused, PAUSED",
        "pending, PENDING", "completed, COMPLETED", "failed, FAILED", "cancelled, CANCELLED", "unknown, UNKNOWN"})
    void readsEveryKnownState(String wire, QueueJobState expected) {
        assertThat(QueueJobState.fromWire(wire)).isEqualTo(expected);
        assertThat(expected.wireValue()).isEqualTo(wire);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"waiting-children", "queued"})
    void readsNullAndNewStatesAsUnknown(String wire) {
        assertThat(QueueJobState.fromWire(wire)).isEqualTo(QueueJobState.UNKNOWN);
    }
}
