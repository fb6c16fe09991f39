package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.ServiceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RollbackCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void rollsBackToADeploymentWithARollback(FakeDokploy fake) {
        String app = fake.createApplication("web", ServiceOptions.dockerImage("nginx:1.27").withRollbacks());
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.doneApp(app);
            seed.doneApp(app);
        }

        CliRunner.Result result = CliRunner.against(fake).run("rollback", id);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Rolled web back to " + id);
        assertThat(fake.requestCount("rollback.rollback")).isEqualTo(1);
    }

    @Test
    void aDeploymentWithoutARollbackIsRefusedBeforeAnythingIsSent(FakeDokploy fake) {
        String app = fake.createApplication("no-rollbacks");
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.doneApp(app);
        }
        int before = fake.requestCount("rollback.rollback");

        CliRunner.Result result = CliRunner.against(fake).run("rollback", id);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("enable rollbacks");
        assertThat(fake.requestCount("rollback.rollback")).isEqualTo(before);
    }

    @Test
    void anUnknownDeploymentExitsFour(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("rollback", "doesNotExist123");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("doesNotExist123 was not found");
    }
}
