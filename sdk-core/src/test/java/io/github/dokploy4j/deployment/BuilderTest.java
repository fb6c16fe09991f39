package io.github.dokploy4j.deployment;

import static io.github.dokploy4j.deployment.Fixtures.deployments;
import static io.github.dokploy4j.deployment.Fixtures.queueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Modifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Building models by hand (test doubles, the fake server's callers) gives the same values as decoding. */
class BuilderTest {

    @Test
    void builtDeploymentEqualsTheDecodedRow() {
        Deployment built = Deployment.builder()
                .deploymentId("a7KfP2sW9dJ3hT5qL8nVx")
                .title("fix: handle empty DATABASE_URL (#212)")
                .description("Commit: 9f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3")
                .status(DeploymentStatus.DONE)
                .logPath("/etc/dokploy/logs/web-api-x7k2pq/web-api-x7k2pq-2026-08-20:09:41:17.log")
                .applicationId("qH3vT9xK2mLp7RwZ4sNbY")
                .createdAt(Instant.parse("2026-08-20T09:41:17.530Z"))
                .startedAt(Instant.parse("2026-08-20T09:41:17.522Z"))
                .finishedAt(Instant.parse("2026-08-20T09:43:02.914Z"))
                .rollbackId("R0bK3vL9mQ2xT7wZ5nPcA")
                .build();

        assertThat(built).isEqualTo(deployments("deployment-all.json").get(1));
        assertThat(built.hashCode()).isEqualTo(deployments("deployment-all.json").get(1).hashCode());
    }

    @Test
    void builtQueueJobEqualsTheDecodedRow() {
        QueueJob built = QueueJob.builder()
                .id("job-14")
                .name("deployments")
                .data(QueueJobData.builder()
                        .applicationId("qH3vT9xK2mLp7RwZ4sNbY")
                        .titleLog("Manual deployment")
                        .descriptionLog("")
                        .type("deploy")
                        .applicationType("application")
                        .server(false)
                        .build())
                .queuedAt(Instant.ofEpochMilli(1787325598003L))
                .startedAt(Instant.ofEpochMilli(1787325604112L))
                .state(QueueJobState.ACTIVE)
                .servicePath(ServicePath.builder()
                        .href("/dashboard/project/Wx6Yz8Ab0Cd2Ef4Gh6Ij8/environment/Gh2Jk4Lm6Np8Qr0St2Uv4/services/"
                                + "application/qH3vT9xK2mLp7RwZ4sNbY")
                        .label("Application")
                        .build())
                .build();

        assertThat(built).isEqualTo(queueJobs("deployment-queueList.json").get(1));
    }

    @Test
    void builtRollbackEqualsTheDecodedRelationExceptForItsContext() {
        Rollback decoded = deployments("deployment-allByType.json").get(0).rollback().orElseThrow();

        Rollback built = Rollback.builder()
                .rollbackId("R0bK3vL9mQ2xT7wZ5nPcA")
                .deploymentId("a7KfP2sW9dJ3hT5qL8nVx")
                .version(7)
                .image("web-api-x7k2pq:v7")
                .createdAt(Instant.parse("2026-08-20T09:43:01.208Z"))
                .fullContext(decoded.fullContext())
                .build();

        assertThat(built).isEqualTo(decoded);
    }

    @Test
    void statusSetsTheWireValue() {
        Deployment deployment = minimalDeployment().status(DeploymentStatus.CANCELLED).build();

        assertThat(deployment.rawStatus()).contains("cancelled");
        assertThat(deployment.status()).isEqualTo(DeploymentStatus.CANCELLED);
    }

    @Test
    void unknownStatusLeavesTheRawStatusEmpty() {
        Deployment deployment = minimalDeployment().rawStatus("running").status(DeploymentStatus.UNKNOWN).build();

        assertThat(deployment.rawStatus()).isEmpty();
        assertThat(deployment.status()).isEqualTo(DeploymentStatus.UNKNOWN);
    }

    @Test
    void optionalAttributesAcceptPlainValuesAndNull() {
        Deployment deployment = minimalDeployment().composeId("Kl0").description((String) null).build();

        assertThat(deployment.composeId()).contains("Kl0");
        assertThat(deployment.description()).isEmpty();
    }

    @Test
    void unsetOptionalsAreEmptyAndTheFlagFalse() {
        Deployment deployment = minimalDeployment().build();

        assertThat(deployment.rawStatus()).isEmpty();
        assertThat(deployment.isPreviewDeployment()).isFalse();
        assertThat(deployment.rollback()).isEmpty();
        assertThat(deployment.additionalProperties()).isEmpty();
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        assertThatThrownBy(() -> Deployment.builder().deploymentId("d").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("logPath")
                .hasMessageContaining("createdAt");
    }

    @Test
    void additionalPropertiesAreUnmodifiable() {
        Deployment deployment = minimalDeployment()
                .putAdditionalProperties("extra", JsonNodeFactory.instance.textNode("x"))
                .build();

        assertThatThrownBy(() -> deployment.additionalProperties().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void serverTypeSetsTheWireValue() {
        ServerSummary server = ServerSummary.builder().serverId("s").name("b").serverType(ServerType.BUILD).build();

        assertThat(server.rawServerType()).contains("build");
    }

    @Test
    void generatedImplementationsAreNotPublic() throws Exception {
        Class<?> implementation = Class.forName("io.github.dokploy4j.deployment.ImmutableDeployment");

        assertThat(Modifier.isPublic(implementation.getModifiers())).isFalse();
        assertThat(Deployment.builder().getClass()).isEqualTo(Deployment.Builder.class);
    }

    private static Deployment.Builder minimalDeployment() {
        return Deployment.builder()
                .deploymentId("Zt8wQk1vR4yN6mB2pXc0L")
                .title("Manual deployment")
                .logPath("")
                .createdAt(Instant.parse("2026-08-21T15:20:04.131Z"));
    }
}
