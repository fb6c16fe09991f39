package io.github.dokploy4j.deployment;

import static io.github.dokploy4j.deployment.Fixtures.MAPPER;
import static io.github.dokploy4j.deployment.Fixtures.decodeQueueJob;
import static io.github.dokploy4j.deployment.Fixtures.firstRow;
import static io.github.dokploy4j.deployment.Fixtures.queueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How {@code deployment.queueList} rows become {@link QueueJob}s: self-hosted v0.29.9+ (server-facts §10.3), BullMQ
 * (v0.28.3 to v0.29.8) and Dokploy Cloud (§6).
 */
class QueueJobDecodingTest {

    private final List<QueueJob> selfHosted = queueJobs("deployment-queueList.json");

    @Test
    void decodesAWaitingComposeJob() {
        QueueJob job = selfHosted.get(0);

        assertThat(job.id()).isEqualTo("job-15");
        assertThat(job.name()).contains("deployments");
        assertThat(job.state()).isEqualTo(QueueJobState.WAITING);
        assertThat(job.rawState()).contains("waiting");
        assertThat(job.queuedAt()).contains(Instant.ofEpochMilli(1787325700907L));
        assertThat(job.startedAt()).isEmpty();
        assertThat(job.finishedAt()).isEmpty();
        assertThat(job.failedReason()).isEmpty();
        assertThat(job.servicePath().href()).contains(
                "/dashboard/project/Wx6Yz8Ab0Cd2Ef4Gh6Ij8/environment/Gh2Jk4Lm6Np8Qr0St2Uv4/services/compose/"
                        + "Kl0Mn2Op4Qr6St8Uv0Wx2");
        assertThat(job.servicePath().label()).isEqualTo("Compose");
        assertThat(job.additionalProperties()).isEmpty();
    }

    @Test
    void decodesTheDataOfAComposeJobOnARemoteServer() {
        QueueJobData data = selfHosted.get(0).data();

        assertThat(data.composeId()).contains("Kl0Mn2Op4Qr6St8Uv0Wx2");
        assertThat(data.applicationId()).isEmpty();
        assertThat(data.previewDeploymentId()).isEmpty();
        assertThat(data.titleLog()).isEqualTo("Manual deployment");
        assertThat(data.descriptionLog()).contains("");
        assertThat(data.type()).isEqualTo("deploy");
        assertThat(data.applicationType()).isEqualTo("compose");
        assertThat(data.server()).isTrue();
        assertThat(data.serverId()).contains("Sv1Rr3Ee5Rr7Ii9Dd1Xx3");
        assertThat(data.additionalProperties()).isEmpty();
    }

    @Test
    void decodesAnActiveApplicationJobWithItsStartTime() {
        QueueJob job = selfHosted.get(1);

        assertThat(job.state()).isEqualTo(QueueJobState.ACTIVE);
        assertThat(job.queuedAt()).contains(Instant.parse("2026-08-21T15:19:58.003Z"));
        assertThat(job.startedAt()).contains(Instant.ofEpochMilli(1787325604112L));
        assertThat(job.data().applicationId()).contains("qH3vT9xK2mLp7RwZ4sNbY");
        assertThat(job.data().applicationType()).isEqualTo("application");
        assertThat(job.data().server()).isFalse();
        assertThat(job.data().serverId()).isEmpty();
    }

    @Test
    void unknownStateReadsAsUnknownAndKeepsTheWireString() {
        QueueJob job = queueJobs("deployment-queueList-bullmq.json").get(0);

        assertThat(job.id()).isEqualTo("42");
        assertThat(job.state()).isEqualTo(QueueJobState.UNKNOWN);
        assertThat(job.rawState()).contains("waiting-children");
    }

    @Test
    void bullMqOnlyStatesAreRecognised() {
        assertThat(queueJobs("deployment-queueList-bullmq.json").get(1).state()).isEqualTo(QueueJobState.DELAYED);
    }

    @Test
    void webhookJobWithoutDescriptionServerFlagOrServerIdDecodes() {
        QueueJobData data = queueJobs("deployment-queueList-bullmq.json").get(0).data();

        assertThat(data.descriptionLog()).isEmpty();
        assertThat(data.server()).isFalse();
        assertThat(data.serverId()).isEmpty();
        assertThat(data.type()).isEqualTo("redeploy");
    }

    @Test
    void servicePathOfAServiceThatWasNotFoundHasNoHrefAndAnEmDash() {
        ServicePath path = queueJobs("deployment-queueList-bullmq.json").get(0).servicePath();

        assertThat(path.href()).isEmpty();
        assertThat(path.label()).isEqualTo("\u2014");
    }

    @Test
    void servicePathOfAnotherOrganisationsJobKeepsItsLabel() {
        ServicePath path = queueJobs("deployment-queueList-bullmq.json").get(1).servicePath();

        assertThat(path.href()).isEmpty();
        assertThat(path.label()).isEqualTo("Application");
    }

    @Test
    void previewJobCarriesItsPreviewDeploymentId() {
        QueueJobData data = queueJobs("deployment-queueList-bullmq.json").get(1).data();

        assertThat(data.applicationType()).isEqualTo("application-preview");
        assertThat(data.previewDeploymentId()).contains("Pr3Ee5Vv7Ii9Ee1Ww3Pp5");
        assertThat(data.applicationId()).contains("Pv8Ww0Ee2Rr4Tt6Yy8Uu0");
    }

    @Test
    void cloudJobCarriesItsFinishTimeAndFailureReason() {
        QueueJob job = queueJobs("deployment-queueList-cloud.json").get(0);

        assertThat(job.name()).contains("deployment/requested");
        assertThat(job.state()).isEqualTo(QueueJobState.FAILED);
        assertThat(job.startedAt()).contains(Instant.ofEpochMilli(1787325001250L));
        assertThat(job.finishedAt()).contains(Instant.ofEpochMilli(1787325093875L));
        assertThat(job.failedReason()).contains("Command failed: docker compose up -d");
    }

    @Test
    void missingServicePathReadsAsTheServersUnresolvedPath() {
        QueueJob job = decodeQueueJob(firstRow("deployment-queueList.json", r -> r.remove("servicePath")));

        assertThat(job.servicePath().href()).isEmpty();
        assertThat(job.servicePath().label()).isEqualTo("\u2014");
    }

    @Test
    void missingStateReadsAsUnknown() {
        QueueJob job = decodeQueueJob(firstRow("deployment-queueList.json", r -> r.remove("state")));

        assertThat(job.state()).isEqualTo(QueueJobState.UNKNOWN);
        assertThat(job.rawState()).isEmpty();
    }

    @Test
    void isoTimestampsAreReadAsWell() {
        QueueJob job = decodeQueueJob(firstRow("deployment-queueList.json",
                r -> r.put("timestamp", "2026-08-21T15:21:40.907Z")));

        assertThat(job.queuedAt()).contains(Instant.ofEpochMilli(1787325700907L));
    }

    @Test
    void unknownKeysOfJobAndDataAreKept() {
        QueueJob job = decodeQueueJob(firstRow("deployment-queueList.json", r -> {
            r.put("attemptsMade", 0);
            ((ObjectNode) r.get("data")).put("isExternal", false);
        }));

        assertThat(job.additionalProperties()).containsOnlyKeys("attemptsMade");
        assertThat(job.data().additionalProperties()).containsOnlyKeys("isExternal");
    }

    @Test
    void queueTimesAreWrittenBackAsEpochMilliseconds() {
        JsonNode written = MAPPER.valueToTree(selfHosted.get(1));

        assertThat(written.get("timestamp").isIntegralNumber()).isTrue();
        assertThat(written.get("timestamp").asLong()).isEqualTo(1787325598003L);
        assertThat(written.get("processedOn").asLong()).isEqualTo(1787325604112L);
        assertThat(written.get("state").asText()).isEqualTo("active");
    }
}
