package io.github.dokploy4j.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceTypeTest {

    @ParameterizedTest
    @CsvSource({
        "APPLICATION, application", "COMPOSE, compose", "POSTGRES, postgres", "MYSQL, mysql", "MARIADB, mariadb",
        "MONGO, mongo", "REDIS, redis", "SERVER, server", "SCHEDULE, schedule",
        "PREVIEW_DEPLOYMENT, previewDeployment", "BACKUP, backup", "VOLUME_BACKUP, volumeBackup"})
    void eachTypeHasTheServersWireValue(ServiceType type, String wire) {
        assertThat(type.wireValue()).isEqualTo(wire);
        assertThat(ServiceType.fromWire(wire)).isEqualTo(type);
    }

    @Test
    void deploymentOwnersAreExactlyTheTypesV030sAllByTypeAccepts() {
        assertThat(Arrays.stream(ServiceType.values())
                        .filter(ServiceType::isDeploymentOwner)
                        .map(ServiceType::wireValue))
                .containsExactly("application", "compose", "server", "schedule", "previewDeployment", "backup",
                        "volumeBackup");
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRES", "MYSQL", "MARIADB", "MONGO", "REDIS"})
    void databasesOwnNoDeployments(ServiceType type) {
        assertThat(type.isDeploymentOwner()).isFalse();
    }

    @Test
    void unknownWireValueIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> ServiceType.fromWire("Application"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Application\"")
                .hasMessageContaining("previewDeployment");
    }

    @Test
    void jacksonWritesTheWireValue() throws Exception {
        assertThat(Fixtures.MAPPER.writeValueAsString(ServiceType.VOLUME_BACKUP)).isEqualTo("\"volumeBackup\"");
    }
}
