package io.github.dokploy4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.ServerType;
import io.github.dokploy4j.internal.call.ResponseDecoders;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmarks' inputs decode through the SDK into what the server would mean by them. */
class SyntheticOrganisationTest {
    private static byte[] body;
    private static List<Deployment> rows;

    @BeforeAll
    static void decodeTheCentralizedBody() throws Exception {
        body = SyntheticOrganisation.seeded().allCentralizedBody(DecodeBenchmark.ROWS);
        rows = ResponseDecoders.listOf(Deployment.class, "deployments").decode(body);
    }

    @Test
    void theCentralizedBodyDecodesIntoTenThousandDeployments() {
        assertThat(rows).hasSize(10_000);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.deploymentId()).hasSize(21);
            assertThat(row.additionalProperties()).isEmpty();
            assertThat(row.server()).isEmpty();
        });
    }

    @Test
    void everyRowBelongsToExactlyOneApplicationOrComposeWithItsEnvironmentAndProject() {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.application().isPresent()).isNotEqualTo(row.compose().isPresent());
            assertThat(row.applicationId()).isEqualTo(row.application().map(a -> a.applicationId()));
            assertThat(row.composeId()).isEqualTo(row.compose().map(c -> c.composeId()));
            String projectName = row.application().map(a -> a.environment().project().name())
                    .orElseGet(() -> row.compose().orElseThrow().environment().project().name());
            assertThat(projectName).isNotBlank();
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.application()).isPresent());
        assertThat(rows).anySatisfy(row -> assertThat(row.compose()).isPresent());
    }

    @Test
    void buildServersAndRemoteServersAppearWithTheirTypes() {
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.buildServer()).isPresent();
            assertThat(row.buildServer().orElseThrow().serverType()).isEqualTo(ServerType.BUILD);
            assertThat(row.buildServerId()).contains(row.buildServer().orElseThrow().serverId());
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.compose().flatMap(c -> c.server()).map(s -> s.serverType()))
                .contains(ServerType.DEPLOY));
        assertThat(rows).anySatisfy(row -> assertThat(row.application()).hasValueSatisfying(
                application -> assertThat(application.server()).isEmpty()));
    }

    @Test
    void statusesAndTimestampsFollowTheServersLifecycle() {
        assertThat(rows).extracting(Deployment::status).contains(DeploymentStatus.RUNNING, DeploymentStatus.DONE,
                DeploymentStatus.ERROR, DeploymentStatus.CANCELLED).doesNotContain(DeploymentStatus.UNKNOWN);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.startedAt()).isPresent();
            assertThat(row.finishedAt().isPresent()).isEqualTo(row.status() == DeploymentStatus.DONE
                    || row.status() == DeploymentStatus.ERROR);
            assertThat(row.logPath().isEmpty()).isEqualTo(row.errorMessage().isPresent());
        });
    }

    @Test
    void theSameSeedGivesTheSameBody() {
        assertThat(Arrays.equals(SyntheticOrganisation.seeded().allCentralizedBody(DecodeBenchmark.ROWS), body))
                .isTrue();
    }

    @Test
    void theRoundTripBodyHoldsPlainRowsOfOneApplication() throws Exception {
        List<Deployment> plain = ResponseDecoders.listOf(Deployment.class, "deployments").decode(
                SyntheticOrganisation.seeded().allBody(RoundTripBenchmark.APPLICATION_ID, RoundTripBenchmark.ROWS));
        assertThat(plain).hasSize(50).allSatisfy(row -> {
            assertThat(row.applicationId()).contains(RoundTripBenchmark.APPLICATION_ID);
            assertThat(row.application()).isEmpty();
            assertThat(row.additionalProperties()).isEmpty();
        });
    }
}
