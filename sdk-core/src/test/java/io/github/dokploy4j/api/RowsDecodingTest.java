package io.github.dokploy4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.application.Application;
import io.github.dokploy4j.application.ApplicationStatus;
import io.github.dokploy4j.compose.ComposeService;
import io.github.dokploy4j.domain.CertificateType;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.domain.DomainType;
import io.github.dokploy4j.environment.Environment;
import io.github.dokploy4j.environment.EnvironmentApplication;
import io.github.dokploy4j.environment.EnvironmentCompose;
import io.github.dokploy4j.internal.call.WireJson;
import io.github.dokploy4j.project.Project;
import io.github.dokploy4j.project.ProjectCreated;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every captured answer of v0.30.2 decodes into its row with no column left over: a capture that gains a column the
 * row lacks fails here ({@code additionalProperties()} must stay empty, in nested rows too).
 */
class RowsDecodingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "001-project.create.json, io.github.dokploy4j.project.ProjectCreated, false",
        "002-project.one.json, io.github.dokploy4j.project.Project, false",
        "003-project.all.json, io.github.dokploy4j.project.Project, true",
        "004-project.update.json, io.github.dokploy4j.project.Project, false",
        "046-project.remove.json, io.github.dokploy4j.project.Project, false",
        "005-environment.byProjectId.json, io.github.dokploy4j.environment.Environment, true",
        "006-environment.create.json, io.github.dokploy4j.environment.Environment, false",
        "007-environment.one.json, io.github.dokploy4j.environment.Environment, false",
        "008-environment.update.json, io.github.dokploy4j.environment.Environment, false",
        "045-environment.remove.json, io.github.dokploy4j.environment.Environment, false",
        "009-application.create.json, io.github.dokploy4j.application.Application, false",
        "010-application.one.json, io.github.dokploy4j.application.Application, false",
        "015-application.one-after-saves.json, io.github.dokploy4j.application.Application, false",
        "042-application.delete.json, io.github.dokploy4j.application.Application, false",
        "023-compose.create.json, io.github.dokploy4j.compose.ComposeService, false",
        "024-compose.one.json, io.github.dokploy4j.compose.ComposeService, false",
        "025-compose.update.json, io.github.dokploy4j.compose.ComposeService, false",
        "044-compose.delete.json, io.github.dokploy4j.compose.ComposeService, false",
        "017-domain.create.json, io.github.dokploy4j.domain.Domain, false",
        "018-domain.byApplicationId.json, io.github.dokploy4j.domain.Domain, true",
        "019-domain.one.json, io.github.dokploy4j.domain.Domain, false",
        "020-domain.update.json, io.github.dokploy4j.domain.Domain, false",
        "028-domain.byComposeId.json, io.github.dokploy4j.domain.Domain, true",
        "041-domain.delete.json, io.github.dokploy4j.domain.Domain, false",
    })
    void everyCapturedColumnHasAnAccessor(String capture, Class<?> row, boolean list) throws Exception {
        byte[] body = Captures.of(capture).responseBody().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (list) {
            for (Object value : WireJson.MAPPER.readerForListOf(row).<java.util.List<?>>readValue(body)) {
                assertNothingLeftOver(value, capture);
            }
        } else {
            assertNothingLeftOver(WireJson.MAPPER.readValue(body, row), capture);
        }
    }

    /** Walks the row and its typed relations: none may keep an unknown key. */
    private static void assertNothingLeftOver(Object row, String where) throws Exception {
        Class<?> type = row.getClass().getSuperclass();
        Method extra = type.getMethod("additionalProperties");
        assertThat((Map<?, ?>) extra.invoke(row)).as(where + ": " + type.getSimpleName()).isEmpty();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || method.getDeclaringClass() == Object.class
                    || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Object value = method.invoke(row);
            if (value instanceof Optional<?> optional && optional.isPresent()) {
                value = optional.get();
            }
            if (value instanceof Collection<?> values) {
                for (Object element : values) {
                    descend(element, where);
                }
            } else {
                descend(value, where);
            }
        }
    }

    private static void descend(Object value, String where) throws Exception {
        if (value != null && value.getClass().getPackageName().startsWith("io.github.dokploy4j.")
                && !(value instanceof Enum<?>)) {
            assertNothingLeftOver(value, where);
        }
    }

    @Test
    void projectCreateAnswersTheProjectAndItsProductionEnvironment() throws IOException {
        ProjectCreated created = read("001-project.create.json", ProjectCreated.class);

        assertThat(created.project().projectId()).isEqualTo("KR4PZLs7vieSJJt9dvuxk");
        assertThat(created.project().createdAt()).isEqualTo(Instant.parse("2026-12-06T19:47:42.647Z"));
        assertThat(created.project().description()).contains("captured");
        assertThat(created.environment().name()).isEqualTo("production");
        assertThat(created.environment().isDefault()).isTrue();
        assertThat(created.environment().projectId()).contains("KR4PZLs7vieSJJt9dvuxk");
    }

    @Test
    void projectAllNestsEnvironmentsWithTheirServices() throws IOException {
        Project[] projects = read("003-project.all.json", Project[].class);

        Environment production = projects[1].environments().get(0);
        EnvironmentApplication app = production.applications().get(0);
        assertThat(app.name()).isEqualTo("sdk-app");
        assertThat(app.applicationStatus()).isEqualTo(ApplicationStatus.ERROR);
        EnvironmentCompose compose = production.compose().get(0);
        assertThat(compose.composeStatus()).isEqualTo(ApplicationStatus.ERROR);
        assertThat(production.createdAt()).isEmpty();
        assertThat(production.postgres()).isEmpty();
    }

    @Test
    void applicationOneCarriesItsEnvironmentProjectAndSavedVariables() throws IOException {
        Application app = read("015-application.one-after-saves.json", Application.class);

        assertThat(app.env()).contains("A=1\nB=two");
        assertThat(app.dockerImage()).contains("nginx:alpine");
        assertThat(app.sourceType()).isEqualTo("docker");
        assertThat(app.replicas()).isEqualTo(2);
        assertThat(app.applicationStatus()).isEqualTo(ApplicationStatus.IDLE);
        assertThat(app.watchPaths()).isEmpty();
        assertThat(app.healthCheckSwarm()).isEmpty();
        assertThat(app.registry()).isEmpty();
        assertThat(app.autoDeploy()).isTrue();
        assertThat(app.isStaticSpa()).isFalse();
        assertThat(app.environment().orElseThrow().project().orElseThrow().name()).isEqualTo("cap-project");
        assertThat(app.deployments()).isEmpty();
    }

    @Test
    void domainOneNamesItsApplication() throws IOException {
        Domain domain = read("019-domain.one.json", Domain.class);

        assertThat(domain.domainType()).isEqualTo(DomainType.APPLICATION);
        assertThat(domain.certificateType()).isEqualTo(CertificateType.NONE);
        assertThat(domain.port()).contains(80);
        assertThat(domain.application().orElseThrow().appName()).isEqualTo("app-index-mobile-hard-drive-wfhvhq");
    }

    @Test
    void composeOneKeepsTheComposeFile() throws IOException {
        ComposeService compose = read("024-compose.one.json", ComposeService.class);

        assertThat(compose.composeFile()).startsWith("services:");
        assertThat(compose.composeType()).isEqualTo("docker-compose");
        assertThat(compose.composeStatus()).isEqualTo(ApplicationStatus.IDLE);
        assertThat(compose.environment().orElseThrow().environmentId()).isEqualTo("AwjXysUlGM1CmNeL6Fso3");
    }

    @Test
    void aStatusNewerThanTheSdkIsUnknownWithItsWireValueKept() throws IOException {
        String body = "{\"applicationId\":\"a\",\"name\":\"n\",\"applicationStatus\":\"paused\"}";

        EnvironmentApplication app = WireJson.MAPPER.readValue(body, EnvironmentApplication.class);

        assertThat(app.applicationStatus()).isEqualTo(ApplicationStatus.UNKNOWN);
        assertThat(app.rawApplicationStatus()).contains("paused");
    }

    @Test
    void secretColumnsAndJsonRelationsNeverShowInToString() throws IOException {
        JsonNode body = Captures.of("015-application.one-after-saves.json").responseJson().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("password", "hunter2-sentinel")
                .put("buildSecrets", "TOKEN=sentinel-build").put("refreshToken", "sentinel-refresh")
                .put("newColumnSecret", "sentinel-extra");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).putArray("security").addObject()
                .put("username", "u").put("password", "sentinel-security");

        Application app = WireJson.MAPPER.treeToValue(body, Application.class);

        assertThat(app.password()).contains("hunter2-sentinel");
        assertThat(app.toString()).doesNotContain("sentinel").doesNotContain("A=1").contains("env="
                + SecretFields.PLACEHOLDER).contains("name=cap-web");
        Environment environment = app.environment().orElseThrow();
        assertThat(environment.toString()).doesNotContain("SHARED=1");
    }

    private static <T> T read(String capture, Class<T> type) throws IOException {
        return WireJson.MAPPER.readValue(Captures.of(capture).responseBody(), type);
    }
}
