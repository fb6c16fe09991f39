package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListDeploymentsCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void listsAnApplicationsDeploymentsAsAnAlignedTableNewestFirst(FakeDokploy fake) {
        String app = fake.createApplication("web", ServiceOptions.dockerImage("nginx:1.27"));
        String first;
        String second;
        try (Seed seed = new Seed(fake)) {
            first = seed.doneApp(app);
            second = seed.finishedApp(app, BuildScript.failAfter(Duration.ZERO), BuildState.FAILED);
        }

        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--app", app);

        assertThat(result.exitCode()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("STATUS", "TITLE", "CREATED", "DURATION");
        assertThat(lines[1]).startsWith(second).contains("error", "just now");
        assertThat(lines[2]).startsWith(first).contains("done");
        assertThat(lines[1].indexOf("just now")).isEqualTo(lines[2].indexOf("just now"));
    }

    @Test
    void listsAComposeServicesDeployments(FakeDokploy fake) {
        String stack = fake.createCompose("stack", ServiceOptions.dockerImage("nginx:1.27"));
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.deployCompose(stack, BuildScript.succeedAfter(Duration.ZERO))
                    .awaitState(BuildState.SUCCEEDED, Seed.WAIT).deploymentId().orElseThrow();
        }

        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--compose", stack);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(id, "done");
    }

    @Test
    void listsTheWholeOrganisationWithServiceNames(FakeDokploy fake) {
        String app = fake.createApplication("billing-api", ServiceOptions.dockerImage("nginx:1.27"));
        try (Seed seed = new Seed(fake)) {
            seed.doneApp(app);
        }

        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--all");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("SERVICE", "billing-api");
    }

    @Test
    void listsAnyOwnerByTypeAndMarksRowsWithARollback(FakeDokploy fake) {
        String app = fake.createApplication("with-rollbacks", ServiceOptions.dockerImage("nginx:1.27").withRollbacks());
        String id;
        try (Seed seed = new Seed(fake)) {
            id = seed.doneApp(app);
        }

        CliRunner.Result result = CliRunner.against(fake)
                .run("deployments", "list", "--type", "application", "--id", app);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ROLLBACK").contains(id);
    }

    @Test
    void listsAServersSetupRuns(FakeDokploy fake) {
        String server = fake.createServer("hetzner-fsn1");
        String setup = fake.runServerSetup(server);

        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--server", server);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(setup);
    }

    @Test
    void jsonIsOneDocumentWithTheServersFieldNamesAndNoRollbackSecrets(FakeDokploy fake) throws Exception {
        String app = fake.createApplication("json-app", ServiceOptions.dockerImage("nginx:1.27").withRollbacks());
        try (Seed seed = new Seed(fake)) {
            seed.doneApp(app);
        }

        CliRunner.Result result = CliRunner.against(fake)
                .run("deployments", "list", "--type", "application", "--id", app, "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode rows = new ObjectMapper().readTree(result.out());
        assertThat(rows.isArray()).isTrue();
        JsonNode row = rows.get(0);
        assertThat(row.has("isPreviewDeployment")).isTrue();
        assertThat(row.has("previewDeployment")).isFalse();
        assertThat(row.path("status").asText()).isEqualTo("done");
        assertThat(row.path("createdAt").asText()).endsWith("Z");
        assertThat(row.path("rollback").path("rollbackId").asText()).isNotEmpty();
        assertThat(row.path("rollback").has("fullContext")).isFalse();
    }

    @Test
    void anEmptyListSaysSo(FakeDokploy fake) {
        String app = fake.createApplication("never-deployed");

        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--app", app);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("No deployments.");
    }

    @Test
    void withoutAnOwnerItIsAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--app", "--all");
    }

    @Test
    void aTypeWithoutAnIdIsAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("deployments", "list", "--type", "compose");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--id");
    }

    @Test
    void anUnknownTypeIsAUsageErrorNamingTheValidOnes(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake)
                .run("deployments", "list", "--type", "kubernetes", "--id", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("previewDeployment");
    }

    @Test
    void aDatabaseTypeIsSentAndTheServersRefusalIsAUsageError(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake)
                .run("deployments", "list", "--type", "postgres", "--id", "abc");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error:", "400");
    }
}
