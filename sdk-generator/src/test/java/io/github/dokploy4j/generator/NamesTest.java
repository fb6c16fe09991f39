package io.github.dokploy4j.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rules the README states. */
class NamesTest {
    private static final List<String> UNCOUNTABLE = List.of("compose", "postgres", "docker");

    @ParameterizedTest(name = "{0} -> {1}()")
    @CsvSource({
        "project, projects", "application, applications", "domain, domains", "environment, environments",
        "previewDeployment, previewDeployments", "registry, registries", "patch, patches", "sshKey, sshKeys",
        "compose, compose", "postgres, postgres", "docker, docker", "settings, settings", "mounts, mounts",
        "volumeBackups, volumeBackups"})
    void accessorIsAPluralUnlessUncountableOrPluralAlready(String router, String accessor) {
        assertThat(Names.accessor(router, UNCOUNTABLE)).isEqualTo(accessor);
    }

    @Test
    void inputsAreNamedRouterProcedureParamsInTheRoutersPackage() {
        Procedure procedure = new Procedure("application.saveEnvironment", "application", "saveEnvironment",
                Procedure.Kind.MUTATION, new Schema.Obj(List.of()));

        assertThat(ParamsWriter.className(procedure).canonicalName())
                .isEqualTo("io.github.dokploy4j.application.ApplicationSaveEnvironmentParams");
    }

    @Test
    void aProcedureNamedAfterAKeywordGetsItsRouterAppended() {
        assertThat(Names.method(new Procedure("compose.import", "compose", "import", Procedure.Kind.MUTATION,
                null))).isEqualTo("importCompose");
        assertThat(Names.method(new Procedure("network.import", "network", "import", Procedure.Kind.MUTATION,
                null))).isEqualTo("importNetwork");
        assertThat(Names.method(new Procedure("project.one", "project", "one", Procedure.Kind.QUERY, null)))
                .isEqualTo("one");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MaxFailureRatio, maxFailureRatio", "OS, os", "Test, test", "applicationId, applicationId",
        "URLPath, urlPath", "default, defaultValue", "build, buildValue", "toString, toStringValue"})
    void fieldsAreLowerCamelCaseAndKeywordsGetValue(String json, String member) {
        assertThat(Names.member(json)).isEqualTo(member);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"heroku_buildpacks, HEROKU_BUILDPACKS", "docker-compose, DOCKER_COMPOSE",
        "previewDeployment, PREVIEW_DEPLOYMENT", "saveEnvironment, SAVE_ENVIRONMENT", "20, V20", "'', EMPTY"})
    void constantsAreUpperSnakeCase(String value, String constant) {
        assertThat(Names.constant(value)).isEqualTo(constant);
    }
}
