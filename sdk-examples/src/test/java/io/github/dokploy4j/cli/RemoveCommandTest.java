package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RemoveCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void removesTheRow(FakeDokploy fake) {
        String app = fake.createApplication("web");
        try (Seed seed = new Seed(fake)) {
            String id = seed.doneApp(app);

            CliRunner.Result result = CliRunner.against(fake).run("rm", id);

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Removed " + id);
            assertThat(seed.client().deployments().all(app)).isEmpty();
        }
    }

    @Test
    void jsonIsTheDeletedRow(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("web-json");
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.doneApp(app);
        }

        CliRunner.Result result = CliRunner.against(fake).run("rm", id, "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(result.out()).path("deploymentId").asText()).isEqualTo(id);
    }

    @Test
    void anUnknownDeploymentExitsFour(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("rm", "doesNotExist123");

        assertThat(result.exitCode()).isEqualTo(4);
    }

    @Test
    void anIdThatStartsWithADashIsRemovedLikeAnyOther(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("rm", "-dNzNNIgwo1wPVtk-GThK");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(4);
    }
}
