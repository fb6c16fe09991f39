package io.github.dokploy4j.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.DokployAsyncClient;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.TestClients;
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
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.domain.DomainCreateParams;
import io.github.dokploy4j.domain.DomainUpdateParams;
import io.github.dokploy4j.environment.Environment;
import io.github.dokploy4j.environment.EnvironmentCreateParams;
import io.github.dokploy4j.environment.EnvironmentUpdateParams;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.project.Project;
import io.github.dokploy4j.project.ProjectCreateParams;
import io.github.dokploy4j.project.ProjectCreated;
import io.github.dokploy4j.project.ProjectUpdateParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five resources people create, through the typed services, sync and async, against WireMock answering the
 * captured bodies of v0.30.2: each call must send exactly the captured request (body or query) and read the answer.
 */
@WireMockTest
class ResourcesWireTest {
    private static final String PROJECT = "KR4PZLs7vieSJJt9dvuxk";
    private static final String ENVIRONMENT = "AwjXysUlGM1CmNeL6Fso3";
    private static final String APPLICATION = "-dNzNNIgwo1wPVtk-GThK";
    private static final String COMPOSE = "gum2zxwGQZPldYhqyvY0W";
    private static final String DOMAIN = "7rpUktsgGjnueS6VRTNhc";

    private DokployClient client;

    @BeforeEach
    void startClient(WireMockRuntimeInfo wm) {
        client = TestClients.builder(wm.getHttpBaseUrl()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** Calls through the sync view, or through the async one and waits. */
    private <T> T call(boolean async, Function<DokployClient, T> sync,
            Function<DokployAsyncClient, CompletableFuture<T>> asynchronous) {
        return async ? Await.result(asynchronous.apply(client.async())) : sync.apply(client);
    }

    /** Answers the capture's request with its response. */
    private static Captures answer(String file) {
        Captures capture = Captures.of(file);
        String url = capture.requestUrl();
        var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(capture.responseBody());
        stubFor(capture.requestBody() == null ? get(urlEqualTo(url)).willReturn(response)
                : post(urlEqualTo(url)).willReturn(response));
        return capture;
    }

    /** The request went out exactly as captured: the same query, or the same JSON body (no field more or less). */
    private static void sentAsCaptured(Captures capture) {
        if (capture.requestBody() == null) {
            verify(getRequestedFor(urlEqualTo(capture.requestUrl())));
        } else {
            verify(postRequestedFor(urlEqualTo(capture.requestUrl()))
                    .withRequestBody(equalToJson(capture.requestBody(), false, false)));
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void projects(boolean async) {
        Captures create = answer("001-project.create.json");
        ProjectCreateParams createParams = ProjectCreateParams.builder().name("cap-project").description("captured")
                .build();
        ProjectCreated created = call(async, c -> c.projects().create(createParams),
                a -> a.projects().create(createParams));
        sentAsCaptured(create);
        assertThat(created.project().projectId()).isEqualTo(PROJECT);
        assertThat(created.environment().name()).isEqualTo("production");

        Captures one = answer("002-project.one.json");
        Project project = call(async, c -> c.projects().one(PROJECT), a -> a.projects().one(PROJECT));
        sentAsCaptured(one);
        assertThat(project.environments()).extracting(Environment::name).containsExactly("production");

        Captures all = answer("003-project.all.json");
        List<Project> projects = call(async, c -> c.projects().all(), a -> a.projects().all());
        sentAsCaptured(all);
        assertThat(projects).hasSize(2);

        Captures update = answer("004-project.update.json");
        ProjectUpdateParams updateParams = ProjectUpdateParams.builder().projectId(PROJECT)
                .description("updated description").build();
        Project updated = call(async, c -> c.projects().update(updateParams), a -> a.projects().update(updateParams));
        sentAsCaptured(update);
        assertThat(updated.description()).contains("updated description");

        Captures remove = answer("046-project.remove.json");
        Project removed = call(async, c -> c.projects().remove(PROJECT), a -> a.projects().remove(PROJECT));
        sentAsCaptured(remove);
        assertThat(removed.projectId()).isEqualTo(PROJECT);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void environments(boolean async) {
        Captures byProject = answer("005-environment.byProjectId.json");
        List<Environment> environments = call(async, c -> c.environments().byProjectId(PROJECT),
                a -> a.environments().byProjectId(PROJECT));
        sentAsCaptured(byProject);
        assertThat(environments.get(0).project().orElseThrow().projectId()).isEqualTo(PROJECT);

        Captures create = answer("006-environment.create.json");
        EnvironmentCreateParams createParams = EnvironmentCreateParams.builder().name("staging")
                .description("for tests").projectId(PROJECT).build();
        Environment created = call(async, c -> c.environments().create(createParams),
                a -> a.environments().create(createParams));
        sentAsCaptured(create);
        assertThat(created.environmentId()).isEqualTo(ENVIRONMENT);
        assertThat(created.isDefault()).isFalse();

        Captures one = answer("007-environment.one.json");
        Environment environment = call(async, c -> c.environments().one(ENVIRONMENT),
                a -> a.environments().one(ENVIRONMENT));
        sentAsCaptured(one);
        assertThat(environment.name()).isEqualTo("staging");

        Captures update = answer("008-environment.update.json");
        EnvironmentUpdateParams updateParams = EnvironmentUpdateParams.builder().environmentId(ENVIRONMENT)
                .env("SHARED=1").build();
        Environment updated = call(async, c -> c.environments().update(updateParams),
                a -> a.environments().update(updateParams));
        sentAsCaptured(update);
        assertThat(updated.env()).contains("SHARED=1");

        Captures remove = answer("045-environment.remove.json");
        Environment removed = call(async, c -> c.environments().remove(ENVIRONMENT),
                a -> a.environments().remove(ENVIRONMENT));
        sentAsCaptured(remove);
        assertThat(removed.environmentId()).isEqualTo(ENVIRONMENT);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void applications(boolean async) {
        Captures create = answer("009-application.create.json");
        ApplicationCreateParams createParams = ApplicationCreateParams.builder().name("cap-web")
                .environmentId(ENVIRONMENT).description("captured app").build();
        Application created = call(async, c -> c.applications().create(createParams),
                a -> a.applications().create(createParams));
        sentAsCaptured(create);
        assertThat(created.appName()).isEqualTo("app-index-mobile-hard-drive-wfhvhq");

        Captures update = answer("011-application.update.json");
        ApplicationUpdateParams updateParams = ApplicationUpdateParams.builder().applicationId(APPLICATION)
                .description("changed").replicas(2).build();
        boolean updated = call(async, c -> c.applications().update(updateParams),
                a -> a.applications().update(updateParams));
        sentAsCaptured(update);
        assertThat(updated).isTrue();

        Captures saveEnvironment = answer("012-application.saveEnvironment.json");
        ApplicationSaveEnvironmentParams variables = ApplicationSaveEnvironmentParams.builder()
                .applicationId(APPLICATION).env("A=1\nB=two").createEnvFile(true).build();
        boolean saved = call(async, c -> c.applications().saveEnvironment(variables),
                a -> a.applications().saveEnvironment(variables));
        sentAsCaptured(saveEnvironment);
        assertThat(saved).isTrue();

        Captures saveDocker = answer("014-application.saveDockerProvider.json");
        ApplicationSaveDockerProviderParams image = ApplicationSaveDockerProviderParams.builder()
                .applicationId(APPLICATION).dockerImage("nginx:alpine").build();
        boolean imageSaved = call(async, c -> c.applications().saveDockerProvider(image),
                a -> a.applications().saveDockerProvider(image));
        assertThat(imageSaved).isTrue();
        sentAsCaptured(saveDocker);

        Captures one = answer("015-application.one-after-saves.json");
        Application application = call(async, c -> c.applications().one(APPLICATION),
                a -> a.applications().one(APPLICATION));
        sentAsCaptured(one);
        assertThat(application.dockerImage()).contains("nginx:alpine");

        Captures delete = answer("042-application.delete.json");
        Application deleted = call(async, c -> c.applications().delete(APPLICATION),
                a -> a.applications().delete(APPLICATION));
        sentAsCaptured(delete);
        assertThat(deleted.applicationId()).isEqualTo(APPLICATION);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void composeServices(boolean async) {
        Captures create = answer("023-compose.create.json");
        ComposeCreateParams createParams = ComposeCreateParams.builder().name("cap-stack").environmentId(ENVIRONMENT)
                .composeType(ComposeCreateParams.ComposeType.DOCKER_COMPOSE)
                .composeFile("services:\n  web:\n    image: nginx:alpine\n").build();
        ComposeService created = call(async, c -> c.compose().create(createParams),
                a -> a.compose().create(createParams));
        sentAsCaptured(create);
        assertThat(created.composeId()).isEqualTo(COMPOSE);

        Captures one = answer("024-compose.one.json");
        ComposeService compose = call(async, c -> c.compose().one(COMPOSE), a -> a.compose().one(COMPOSE));
        sentAsCaptured(one);
        assertThat(compose.name()).isEqualTo("cap-stack");

        Captures update = answer("025-compose.update.json");
        ComposeUpdateParams updateParams = ComposeUpdateParams.builder().composeId(COMPOSE)
                .description("changed stack").build();
        ComposeService updated = call(async, c -> c.compose().update(updateParams),
                a -> a.compose().update(updateParams));
        sentAsCaptured(update);
        assertThat(updated.description()).contains("changed stack");

        Captures saveEnvironment = answer("026-compose.saveEnvironment.json");
        ComposeSaveEnvironmentParams variables = ComposeSaveEnvironmentParams.builder().composeId(COMPOSE).env("X=1")
                .build();
        boolean saved = call(async, c -> c.compose().saveEnvironment(variables),
                a -> a.compose().saveEnvironment(variables));
        assertThat(saved).isTrue();
        sentAsCaptured(saveEnvironment);

        Captures delete = answer("044-compose.delete.json");
        ComposeDeleteParams deleteParams = ComposeDeleteParams.builder().composeId(COMPOSE).deleteVolumes(false)
                .build();
        ComposeService deleted = call(async, c -> c.compose().delete(deleteParams),
                a -> a.compose().delete(deleteParams));
        sentAsCaptured(delete);
        assertThat(deleted.env()).contains("X=1");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void domains(boolean async) {
        Captures create = answer("017-domain.create.json");
        DomainCreateParams createParams = DomainCreateParams.builder().host("cap.example.com")
                .applicationId(APPLICATION).https(false).port(80)
                .domainType(DomainCreateParams.DomainType.APPLICATION)
                .certificateType(DomainCreateParams.CertificateType.NONE).build();
        Domain created = call(async, c -> c.domains().create(createParams), a -> a.domains().create(createParams));
        sentAsCaptured(create);
        assertThat(created.domainId()).isEqualTo(DOMAIN);

        Captures byApplication = answer("018-domain.byApplicationId.json");
        List<Domain> domains = call(async, c -> c.domains().byApplicationId(APPLICATION),
                a -> a.domains().byApplicationId(APPLICATION));
        sentAsCaptured(byApplication);
        assertThat(domains).extracting(Domain::host).containsExactly("cap.example.com");

        Captures one = answer("019-domain.one.json");
        Domain domain = call(async, c -> c.domains().one(DOMAIN), a -> a.domains().one(DOMAIN));
        sentAsCaptured(one);
        assertThat(domain.application()).isPresent();

        Captures update = answer("020-domain.update.json");
        DomainUpdateParams updateParams = DomainUpdateParams.builder().domainId(DOMAIN).host("cap2.example.com")
                .https(false).certificateType(DomainUpdateParams.CertificateType.NONE)
                .domainType(DomainUpdateParams.DomainType.APPLICATION).port(8080).build();
        Domain updated = call(async, c -> c.domains().update(updateParams), a -> a.domains().update(updateParams));
        sentAsCaptured(update);
        assertThat(updated.port()).contains(8080);

        Captures byCompose = answer("028-domain.byComposeId.json");
        List<Domain> ofCompose = call(async, c -> c.domains().byComposeId(COMPOSE),
                a -> a.domains().byComposeId(COMPOSE));
        assertThat(ofCompose).isEmpty();
        sentAsCaptured(byCompose);

        Captures delete = answer("041-domain.delete.json");
        Domain deleted = call(async, c -> c.domains().delete(DOMAIN), a -> a.domains().delete(DOMAIN));
        sentAsCaptured(delete);
        assertThat(deleted.host()).isEqualTo("cap2.example.com");
    }
}
