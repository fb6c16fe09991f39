package io.github.dokploy4j.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeploymentStatusTest {

    @ParameterizedTest
    @CsvSource({"running, RUNNING", "done, DONE", "error, ERROR", "cancelled, CANCELLED", "idle, IDLE"})
    void readsTheServersValues(String wire, DeploymentStatus expected) {
        assertThat(DeploymentStatus.fromWire(wire)).isEqualTo(expected);
        assertThat(expected.wireValue()).isEqualTo(wire);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"paused", "", "RUNNING"})
    void readsNullAndUnknownValuesAsUnknown(String wire) {
        assertThat(DeploymentStatus.fromWire(wire)).isEqualTo(DeploymentStatus.UNKNOWN);
    }

    @ParameterizedTest
    @EnumSource(names = {"DONE", "ERROR", "CANCELLED"})
    void finishedStatusesAreTerminal(DeploymentStatus status) {
        assertThat(status.isTerminal()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"IDLE", "RUNNING", "UNKNOWN"})
    void otherStatusesAreNotTerminal(DeploymentStatus status) {
        assertThat(status.isTerminal()).isFalse();
    }

    @Test
    void jacksonWritesAndReadsTheWireValue() throws Exception {
        assertThat(Fixtures.MAPPER.writeValueAsString(DeploymentStatus.CANCELLED)).isEqualTo("\"cancelled\"");
        assertThat(Fixtures.MAPPER.readValue("\"paused\"", DeploymentStatus.class))
                .isEqualTo(DeploymentStatus.UNKNOWN);
    }
}
