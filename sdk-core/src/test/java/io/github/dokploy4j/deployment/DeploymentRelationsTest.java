package io.github.dokploy4j.deployment;

import static io.github.dokploy4j.deployment.Fixtures.MAPPER;
import static io.github.dokploy4j.deployment.Fixtures.decodeDeployment;
import static io.github.dokploy4j.deployment.Fixtures.deployments;
import static io.github.dokploy4j.deployment.Fixtures.firstRow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The relations {@code allCentralized} (server-facts §5.3, §10.2) and {@code allByType} (§5.2) embed in deployment
 * rows.
 */
class DeploymentRelationsTest {

    private final List<Deployment> centralized = deployments("deployment-allCentralized.json");
    private final List<Deployment> byType = deployments("deployment-allByType.json");

    @Test
    void composeRowCarriesItsComposeEnvironmentProjectAndServer() {
        Deployment row = centralized.get(0);

        assertThat(row.status()).isEqualTo(DeploymentStatus.CANCELLED);
        assertThat(row.application()).isEmpty();
        assertThat(row.server()).isEmpty();
        assertThat(row.buildServer()).isEmpty();
        ComposeSummary compose = row.compose().orElseThrow();
        assertThat(compose.composeId()).isEqualTo("Kl0Mn2Op4Qr6St8Uv0Wx2");
        assertThat(compose.name()).isEqualTo("shop-stack");
        assertThat(compose.appName()).isEqualTo("shop-stack-p4n8s1");
        assertThat(compose.icon()).isEmpty();
        assertThat(compose.environment().environmentId()).isEqualTo("Gh2Jk4Lm6Np8Qr0St2Uv4");
        assertThat(compose.environment().name()).isEqualTo("production");
        assertThat(compose.environment().project().projectId()).isEqualTo("Wx6Yz8Ab0Cd2Ef4Gh6Ij8");
        assertThat(compose.environment().project().name()).isEqualTo("Shop");
        ServerSummary server = compose.server().orElseThrow();
        assertThat(server.serverId()).isEqualTo("Sv1Rr3Ee5Rr7Ii9Dd1Xx3");
        assertThat(server.name()).isEqualTo("hetzner-fsn1");
        assertThat(server.serverType()).isEqualTo(ServerType.DEPLOY);
        assertThat(server.rawServerType()).contains("deploy");
    }

    @Test
    void applicationRowCarriesItsApplicationWithServerAndBuildServer() {
        Deployment row = centralized.get(1);

        assertThat(row.compose()).isEmpty();
        ApplicationSummary application = row.application().orElseThrow();
        assertThat(application.applicationId()).isEqualTo("qH3vT9xK2mLp7RwZ4sNbY");
        assertThat(application.name()).isEqualTo("web-api");
        assertThat(application.appName()).isEqualTo("web-api-x7k2pq");
        assertThat(application.icon()).contains("https://cdn.example.com/icons/node.svg");
        assertThat(application.environment().project().name()).isEqualTo("Shop");
        assertThat(application.server().map(ServerSummary::serverType)).contains(ServerType.DEPLOY);
        assertThat(application.buildServer().map(ServerSummary::serverId)).contains("Bd4Ss6Ee8Rr0Vv2Ee4Rr6");
        assertThat(application.buildServer().map(ServerSummary::serverType)).contains(ServerType.BUILD);
    }

    @Test
    void topLevelBuildServerMatchesTheBuildServerIdColumn() {
        Deployment row = centralized.get(1);

        assertThat(row.buildServerId()).contains("Bd4Ss6Ee8Rr0Vv2Ee4Rr6");
        assertThat(row.buildServer().map(ServerSummary::name)).contains("builder-1");
        assertThat(row.server()).isEmpty();
    }

    @Test
    void unknownServerTypeReadsAsUnknownAndKeepsTheWireString() {
        Deployment row = decodeDeployment(firstRow("deployment-allCentralized.json",
                r -> ((ObjectNode) r.get("compose").get("server")).put("serverType", "edge")));

        ServerSummary server = row.compose().flatMap(ComposeSummary::server).orElseThrow();
        assertThat(server.serverType()).isEqualTo(ServerType.UNKNOWN);
        assertThat(server.rawServerType()).contains("edge");
    }

    @Test
    void unknownKeysOfNestedObjectsAreKept() {
        Deployment row = decodeDeployment(firstRow("deployment-allCentralized.json", r -> {
            ObjectNode environment = (ObjectNode) r.get("compose").get("environment");
            environment.put("isDefault", true);
            ((ObjectNode) environment.get("project")).put("description", "Web shop");
        }));

        EnvironmentSummary environment = row.compose().orElseThrow().environment();
        assertThat(environment.additionalProperties().get("isDefault").asBoolean()).isTrue();
        assertThat(environment.project().additionalProperties().get("description").asText()).isEqualTo("Web shop");
    }

    @Test
    void allByTypeRowCarriesItsRollback() {
        Rollback rollback = byType.get(0).rollback().orElseThrow();

        assertThat(rollback.rollbackId()).isEqualTo("R0bK3vL9mQ2xT7wZ5nPcA");
        assertThat(rollback.deploymentId()).isEqualTo(byType.get(0).deploymentId());
        assertThat(rollback.version()).isEqualTo(7);
        assertThat(rollback.image()).contains("web-api-x7k2pq:v7");
        assertThat(rollback.createdAt()).isEqualTo(Instant.parse("2026-08-20T09:43:01.208Z"));
        assertThat(rollback.fullContext()).hasValueSatisfying(context -> {
            assertThat(context.get("appName").asText()).isEqualTo("web-api-x7k2pq");
            assertThat(context.get("registry").get("password").asText()).isEqualTo("s3cr3t-registry-5e2a");
        });
        assertThat(rollback.additionalProperties()).isEmpty();
    }

    @Test
    void allByTypeRowWithNullRollbackHasNone() {
        assertThat(byType.get(1).rollback()).isEmpty();
        assertThat(byType.get(1).additionalProperties()).isEmpty();
    }

    @Test
    void nullFullContextReadsAsEmpty() {
        Deployment row = decodeDeployment(firstRow("deployment-allByType.json",
                r -> ((ObjectNode) r.get("rollback")).putNull("fullContext")));

        assertThat(row.rollback().orElseThrow().fullContext()).isEmpty();
    }

    @Test
    void aNullNodeGivenToTheBuilderMeansNoContext() {
        Rollback rollback = Rollback.builder()
                .rollbackId("R0bK3vL9mQ2xT7wZ5nPcA")
                .deploymentId("a7KfP2sW9dJ3hT5qL8nVx")
                .version(1)
                .createdAt(Instant.parse("2026-08-20T09:43:01.208Z"))
                .fullContext(NullNode.getInstance())
                .build();

        assertThat(rollback.fullContext()).isEmpty();
    }

    @Test
    void fullContextNeverAppearsInARollbacksToString() {
        Rollback rollback = byType.get(0).rollback().orElseThrow();

        assertThat(rollback.toString())
                .contains("R0bK3vL9mQ2xT7wZ5nPcA")
                .doesNotContain("s3cr3t")
                .doesNotContain("fullContext")
                .doesNotContain("registry");
    }

    @Test
    void fullContextNeverAppearsInTheEnclosingDeploymentsToString() {
        Deployment row = byType.get(0);

        assertThat(row.toString())
                .contains("a7KfP2sW9dJ3hT5qL8nVx")
                .contains("R0bK3vL9mQ2xT7wZ5nPcA")
                .doesNotContain("s3cr3t")
                .doesNotContain("fullContext");
    }

    @Test
    void fullContextIsStillWrittenToJson() {
        String json = MAPPER.valueToTree(byType.get(0)).toString();

        assertThat(json).contains("\"fullContext\"").contains("s3cr3t-registry-5e2a");
    }
}
