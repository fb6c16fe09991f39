package io.github.dokploy4j.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.DokployAsyncClient;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.application.Application;
import io.github.dokploy4j.application.ApplicationCreateParams;
import io.github.dokploy4j.application.ApplicationSaveDockerProviderParams;
import io.github.dokploy4j.application.ApplicationSaveEnvironmentParams;
import io.github.dokploy4j.application.ApplicationUpdateParams;
import io.github.dokploy4j.compose.ComposeCreateParams;
import io.github.dokploy4j.compose.ComposeDeleteParams;
import io.github.dokploy4j.compose.ComposeSaveEnvironmentParams;
import io.github.dokploy4j.compose.ComposeService;
import io.github.dokploy4j.compose.ComposeUpdateParams;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.domain.DomainCreateParams;
import io.github.dokploy4j.domain.DomainUpdateParams;
import io.github.dokploy4j.environment.Environment;
import io.github.dokploy4j.environment.EnvironmentCreateParams;
import io.github.dokploy4j.environment.EnvironmentUpdateParams;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.project.Project;
import io.github.dokploy4j.project.ProjectCreateParams;
import io.github.dokploy4j.project.ProjectCreated;
import io.github.dokploy4j.project.ProjectUpdateParams;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five resources end to end against the testkit's fake, through the typed services, sync and async: project →
 * environment → application (variables, image) → domain → deploy and wait → compose service → delete everything.
 */
@WithFakeDokploy
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a safety net against hangs, not a timing
class ResourcesE2ETest {
    private DokployClient client;

    @BeforeEach
    void connect(FakeDokploy fake) {
        client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    private <T> T call(boolean async, Function<DokployClient, T> sync,
            Function<DokployAsyncClient, CompletableFuture<T>> asynchronous) {
        return async ? Await.result(asynchronous.apply(client.async())) : sync.apply(client);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void provisionDeployAndCleanUp(boolean async) {
        ProjectCreateParams newProject = ProjectCreateParams.builder().name("shop").description("e2e").build();
        ProjectCreated created = call(async, c -> c.projects().create(newProject),
                a -> a.projects().create(newProject));
        String projectId = created.project().projectId();
        assertThat(created.environment().name()).isEqualTo("production");
        assertThat(created.environment().isDefault()).isTrue();

        EnvironmentCreateParams newEnvironment = EnvironmentCreateParams.builder().name("staging")
                .projectId(projectId).build();
        Environment staging = call(async, c -> c.environments().create(newEnvironment),
                a -> a.environments().create(newEnvironment));
        EnvironmentUpdateParams shared = EnvironmentUpdateParams.builder().environmentId(staging.environmentId())
                .env("SHARED=1").build();
        assertThat(call(async, c -> c.environments().update(shared), a -> a.environments().update(shared)).env())
                .contains("SHARED=1");

        ApplicationCreateParams newApp = ApplicationCreateParams.builder().name("web")
                .environmentId(staging.environmentId()).build();
        Application app = call(async, c -> c.applications().create(newApp), a -> a.applications().create(newApp));
        String appId = app.applicationId();
        ApplicationSaveEnvironmentParams variables = ApplicationSaveEnvironmentParams.builder().applicationId(appId)
                .env("PORT=8080").createEnvFile(true).build();
        boolean saved = call(async, c -> c.applications().saveEnvironment(variables),
                a -> a.applications().saveEnvironment(variables));
        ApplicationSaveDockerProviderParams image = ApplicationSaveDockerProviderParams.builder()
                .applicationId(appId).dockerImage("nginx:alpine").build();
        boolean imageSaved = call(async, c -> c.applications().saveDockerProvider(image),
                a -> a.applications().saveDockerProvider(image));
        ApplicationUpdateParams replicas = ApplicationUpdateParams.builder().applicationId(appId).replicas(2).build();
        boolean updated = call(async, c -> c.applications().update(replicas),
                a -> a.applications().update(replicas));
        assertThat(List.of(saved, imageSaved, updated)).containsOnly(true);

        DomainCreateParams newDomain = DomainCreateParams.builder().host("shop.example.com").applicationId(appId)
                .port(8080).https(false).build();
        Domain domain = call(async, c -> c.domains().create(newDomain), a -> a.domains().create(newDomain));
        DomainUpdateParams moved = DomainUpdateParams.builder().domainId(domain.domainId()).host("www.example.com")
                .build();
        assertThat(call(async, c -> c.domains().update(moved), a -> a.domains().update(moved)).host())
                .isEqualTo("www.example.com");
        List<Domain> domains = call(async, c -> c.domains().byApplicationId(appId),
                a -> a.domains().byApplicationId(appId));
        assertThat(domains).extracting(Domain::domainId).containsExactly(domain.domainId());

        assertThat(client.applications().deploy(appId).awaitSuccess(Duration.ofSeconds(30)).status())
                .isEqualTo(DeploymentStatus.DONE);
        Application deployed = call(async, c -> c.applications().one(appId), a -> a.applications().one(appId));
        assertThat(deployed.env()).contains("PORT=8080");
        assertThat(deployed.dockerImage()).contains("nginx:alpine");
        assertThat(deployed.replicas()).isEqualTo(2);
        assertThat(deployed.environment().orElseThrow().project().orElseThrow().projectId()).isEqualTo(projectId);

        ComposeCreateParams newStack = ComposeCreateParams.builder().name("stack")
                .environmentId(staging.environmentId()).composeFile("services:\n  web:\n    image: nginx\n").build();
        ComposeService stack = call(async, c -> c.compose().create(newStack), a -> a.compose().create(newStack));
        ComposeUpdateParams described = ComposeUpdateParams.builder().composeId(stack.composeId())
                .description("the stack").build();
        assertThat(call(async, c -> c.compose().update(described), a -> a.compose().update(described))
                .description()).contains("the stack");
        ComposeSaveEnvironmentParams stackVariables = ComposeSaveEnvironmentParams.builder()
                .composeId(stack.composeId()).env("X=1").build();
        boolean stackSaved = call(async, c -> c.compose().saveEnvironment(stackVariables),
                a -> a.compose().saveEnvironment(stackVariables));
        assertThat(stackSaved).isTrue();
        assertThat(call(async, c -> c.compose().one(stack.composeId()), a -> a.compose().one(stack.composeId()))
                .env()).contains("X=1");

        Project project = call(async, c -> c.projects().one(projectId), a -> a.projects().one(projectId));
        assertThat(project.environments()).extracting(Environment::name).contains("production", "staging");

        assertThat(call(async, c -> c.domains().delete(domain.domainId()),
                a -> a.domains().delete(domain.domainId())).domainId()).isEqualTo(domain.domainId());
        ComposeDeleteParams dropStack = ComposeDeleteParams.builder().composeId(stack.composeId())
                .deleteVolumes(false).build();
        assertThat(call(async, c -> c.compose().delete(dropStack), a -> a.compose().delete(dropStack)).composeId())
                .isEqualTo(stack.composeId());
        assertThat(call(async, c -> c.applications().delete(appId), a -> a.applications().delete(appId))
                .applicationId()).isEqualTo(appId);
        assertThatThrownBy(() -> call(async, c -> c.applications().one(appId), a -> a.applications().one(appId)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Application not found");
        assertThat(call(async, c -> c.environments().remove(staging.environmentId()),
                a -> a.environments().remove(staging.environmentId())).environmentId())
                .isEqualTo(staging.environmentId());
        assertThat(call(async, c -> c.projects().remove(projectId), a -> a.projects().remove(projectId))
                .projectId()).isEqualTo(projectId);
        List<Project> left = call(async, c -> c.projects().all(), a -> a.projects().all());
        assertThat(left).extracting(Project::projectId).doesNotContain(projectId);
    }
}
