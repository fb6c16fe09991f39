package io.github.dokploy4j.deployment;

import static io.github.dokploy4j.deployment.Fixtures.MAPPER;
import static io.github.dokploy4j.deployment.Fixtures.decodeDeployment;
import static io.github.dokploy4j.deployment.Fixtures.deployments;
import static io.github.dokploy4j.deployment.Fixtures.firstRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a deployment row as {@code deployment.all} sends it (server-facts §10.1) becomes a {@link Deployment}. */
class DeploymentDecodingTest {

    private final List<Deployment> rows = deployments("deployment-all.json");

    @Test
    void decodesEveryColumnOfARunningRow() {
        Deployment running = rows.get(0);

        assertThat(running.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
        assertThat(running.title()).isEqualTo("Manual deployment");
        assertThat(running.description()).contains("");
        assertThat(running.status()).isEqualTo(DeploymentStatus.RUNNING);
        assertThat(running.rawStatus()).contains("running");
        assertThat(running.logPath())
                .isEqualTo("/etc/dokploy/logs/web-api-x7k2pq/web-api-x7k2pq-2026-08-21:15:20:04.log");
        assertThat(running.pid()).isEmpty();
        assertThat(running.applicationId()).contains("qH3vT9xK2mLp7RwZ4sNbY");
        assertThat(running.composeId()).isEmpty();
        assertThat(running.serverId()).isEmpty();
        assertThat(running.isPreviewDeployment()).isFalse();
        assertThat(running.previewDeploymentId()).isEmpty();
        assertThat(running.createdAt()).isEqualTo(Instant.parse("2026-08-21T15:20:04.131Z"));
        assertThat(running.startedAt()).contains(Instant.parse("2026-08-21T15:20:04.112Z"));
        assertThat(running.finishedAt()).isEmpty();
        assertThat(running.errorMessage()).isEmpty();
        assertThat(running.scheduleId()).isEmpty();
        assertThat(running.backupId()).isEmpty();
        assertThat(running.rollbackId()).isEmpty();
        assertThat(running.volumeBackupId()).isEmpty();
        assertThat(running.buildServerId()).isEmpty();
        assertThat(running.additionalProperties()).isEmpty();
    }

    @Test
    void decodesADoneGitDeploymentWithItsCommitAndRollbackId() {
        Deployment done = rows.get(1);

        assertThat(done.title()).isEqualTo("fix: handle empty DATABASE_URL (#212)");
        assertThat(done.description()).contains("Commit: 9f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3");
        assertThat(done.status()).isEqualTo(DeploymentStatus.DONE);
        assertThat(done.finishedAt()).contains(Instant.parse("2026-08-20T09:43:02.914Z"));
        assertThat(done.rollbackId()).contains("R0bK3vL9mQ2xT7wZ5nPcA");
    }

    @Test
    void decodesARowWhoseCreationFailedWithAnEmptyLogPath() {
        Deployment failed = rows.get(2);

        assertThat(failed.status()).isEqualTo(DeploymentStatus.ERROR);
        assertThat(failed.logPath()).isEmpty();
        assertThat(failed.errorMessage()).hasValueSatisfying(
                message -> assertThat(message).startsWith("An error have occurred: ENOSPC"));
        assertThat(failed.finishedAt()).isEqualTo(failed.startedAt());
    }

    @Test
    void plainRowsCarryNoRelations() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.rollback()).isEmpty();
            assertThat(row.application()).isEmpty();
            assertThat(row.compose()).isEmpty();
            assertThat(row.server()).isEmpty();
            assertThat(row.buildServer()).isEmpty();
        });
    }

    @Test
    void keepsTheServersNewestFirstOrder() {
        assertThat(rows).extracting(Deployment::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void nullStatusReadsAsUnknownWithNoRawStatus() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.putNull("status")));

        assertThat(row.status()).isEqualTo(DeploymentStatus.UNKNOWN);
        assertThat(row.rawStatus()).isEmpty();
    }

    @Test
    void missingStatusReadsAsUnknown() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.remove("status")));

        assertThat(row.status()).isEqualTo(DeploymentStatus.UNKNOWN);
    }

    @Test
    void cancelledStatusIsRecognised() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.put("status", "cancelled")));

        assertThat(row.status()).isEqualTo(DeploymentStatus.CANCELLED);
    }

    @Test
    void unknownStatusReadsAsUnknownAndKeepsTheWireString() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.put("status", "paused")));

        assertThat(row.status()).isEqualTo(DeploymentStatus.UNKNOWN);
        assertThat(row.rawStatus()).contains("paused");
    }

    @Test
    void unknownStatusIsWrittenBackAsSent() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.put("status", "paused")));

        assertThat(MAPPER.valueToTree(row).get("status").asText()).isEqualTo("paused");
    }

    @Test
    void unknownKeysAreKeptInAdditionalProperties() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> {
            r.put("deployedImage", "web-api-x7k2pq:latest");
            r.putNull("retiredAt");
            r.putObject("schedule").put("scheduleId", "Sc1");
        }));

        assertThat(row.additionalProperties())
                .containsOnlyKeys("deployedImage", "retiredAt", "schedule")
                .containsEntry("retiredAt", NullNode.getInstance());
        assertThat(row.additionalProperties().get("deployedImage").asText()).isEqualTo("web-api-x7k2pq:latest");
        assertThat(row.additionalProperties().get("schedule").get("scheduleId").asText()).isEqualTo("Sc1");
    }

    @Test
    void unknownKeysAreWrittenBackAtTheTopLevel() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.put("deployedImage", "img:1")));

        JsonNode written = MAPPER.valueToTree(row);

        assertThat(written.get("deployedImage").asText()).isEqualTo("img:1");
        assertThat(written.has("additionalProperties")).isFalse();
    }

    @Test
    void isPreviewDeploymentIsReadUnderItsExactName() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.put("isPreviewDeployment", true)));

        assertThat(row.isPreviewDeployment()).isTrue();
        assertThat(row.additionalProperties()).isEmpty();
    }

    @Test
    void isPreviewDeploymentIsWrittenUnderItsExactName() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.put("isPreviewDeployment", true)));

        JsonNode written = MAPPER.valueToTree(row);

        assertThat(written.get("isPreviewDeployment").asBoolean()).isTrue();
        assertThat(written.has("previewDeployment")).isFalse();
    }

    @Test
    void nullIsPreviewDeploymentReadsAsFalse() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.putNull("isPreviewDeployment")));

        assertThat(row.isPreviewDeployment()).isFalse();
    }

    @Test
    void missingIsPreviewDeploymentReadsAsFalse() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.remove("isPreviewDeployment")));

        assertThat(row.isPreviewDeployment()).isFalse();
    }

    @Test
    void columnsAddedInLaterVersionsMayBeMissing() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.remove(List.of(
                "pid", "startedAt", "finishedAt", "scheduleId", "backupId", "rollbackId", "volumeBackupId",
                "buildServerId"))));

        assertThat(row.startedAt()).isEmpty();
        assertThat(row.buildServerId()).isEmpty();
        assertThat(row.additionalProperties()).isEmpty();
    }

    @Test
    void epochMillisecondTimestampsAreReadAsInstants() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json",
                r -> r.put("createdAt", 1787325604131L).put("startedAt", 1787325604112L)));

        assertThat(row.createdAt()).isEqualTo(Instant.ofEpochMilli(1787325604131L));
        assertThat(row.startedAt()).contains(Instant.ofEpochMilli(1787325604112L));
    }

    @Test
    void aRowWithoutItsIdIsADecodingError() throws Exception {
        byte[] row = MAPPER.writeValueAsBytes(firstRow("deployment-all.json", r -> r.remove("deploymentId")));

        assertThatThrownBy(() -> MAPPER.readerFor(Deployment.class).readValue(row))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("deploymentId");
    }

    @Test
    void aNumericPidIsReadAsItsString() {
        Deployment row = decodeDeployment(firstRow("deployment-all.json", r -> r.set("pid", IntNode.valueOf(4711))));

        assertThat(row.pid()).isEqualTo(Optional.of("4711"));
    }

    @Test
    void removeDeploymentsSingleRowDecodesFromBytes() throws Exception {
        Deployment removed = MAPPER.readerFor(Deployment.class)
                .readValue(Fixtures.bytes("deployment-removeDeployment.json"));

        assertThat(removed.deploymentId()).isEqualTo("Zt8wQk1vR4yN6mB2pXc0L");
        assertThat(removed.status()).isEqualTo(DeploymentStatus.RUNNING);
    }

    @Test
    void removeDeploymentsNullBodyDecodesToNull() throws Exception {
        Deployment removed = MAPPER.readerFor(Deployment.class).readValue("null".getBytes());

        assertThat(removed).isNull();
    }
}
