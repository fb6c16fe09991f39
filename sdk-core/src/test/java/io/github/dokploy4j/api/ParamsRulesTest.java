package io.github.dokploy4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.dokploy4j.application.ApplicationCreateParams;
import io.github.dokploy4j.application.ApplicationReadLogsParams;
import io.github.dokploy4j.application.ApplicationSaveBuildTypeParams;
import io.github.dokploy4j.application.ApplicationSaveEnvironmentParams;
import io.github.dokploy4j.application.ApplicationUpdateParams;
import io.github.dokploy4j.domain.DomainCreateParams;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.WireJson;
import io.github.dokploy4j.notification.NotificationCreateEmailParams;
import io.github.dokploy4j.project.ProjectCreateParams;
import io.github.dokploy4j.settings.SettingsAssignDomainServerParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the server's schema, checked by {@code build()} on real cases of v0.30.2's document. */
class ParamsRulesTest {

    private static JsonNode json(Object params) {
        return WireJson.MAPPER.valueToTree(params);
    }

    @Test
    void aRequiredFieldMustBeSet() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectCreateParams.builder().build())
                .withMessage("name is required (project.create)");
    }

    @Test
    void aMinimumLengthNamesTheFieldTheRuleAndTheProcedure() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectCreateParams.builder().name("").build())
                .withMessage("name must have at least 1 character (project.create)");
    }

    @Test
    void aNullForAFieldThatCannotBeNullIsRefusedBySetter() {
        assertThatNullPointerException().isThrownBy(() -> ProjectCreateParams.builder().name(null))
                .withMessage("name must not be null (project.create)");
    }

    @Test
    void fieldsNeverSetAreLeftOutAndFieldsSetToNullAreSent() {
        ProjectCreateParams bare = ProjectCreateParams.builder().name("shop").build();
        ProjectCreateParams withNull = bare.toBuilder().description(null).build();

        assertThat(json(bare).toString()).isEqualTo("{\"name\":\"shop\"}");
        assertThat(json(withNull).toString()).isEqualTo("{\"name\":\"shop\",\"description\":null}");
        assertThat(withNull.description()).isEmpty();
        assertThat(withNull.isSent("description")).isTrue();
        assertThat(bare.isSent("description")).isFalse();
    }

    @Test
    void requiredButNullableFieldsAreSentAsNullWhenUnset() {
        ApplicationSaveEnvironmentParams params = ApplicationSaveEnvironmentParams.builder()
                .applicationId("-dNzNNIgwo1wPVtk-GThK").env("A=1\nB=two").createEnvFile(true).build();

        assertThat(json(params)).isEqualTo(json(WireJson.MAPPER.createObjectNode()
                .put("applicationId", "-dNzNNIgwo1wPVtk-GThK").put("env", "A=1\nB=two").putNull("buildArgs")
                .putNull("buildSecrets").put("createEnvFile", true)));
    }

    @Test
    void anEnumIsSentAsItsWireValue() {
        ApplicationSaveBuildTypeParams params = ApplicationSaveBuildTypeParams.builder().applicationId("a")
                .buildType(ApplicationSaveBuildTypeParams.BuildType.HEROKU_BUILDPACKS).dockerfile(null)
                .dockerContextPath(null).dockerBuildStage(null).herokuVersion(null).railpackVersion(null).build();

        assertThat(json(params).path("buildType").asText()).isEqualTo("heroku_buildpacks");
    }

    @Test
    void aPatternIsCheckedAsJavaScriptWouldTestIt() {
        ApplicationCreateParams.Builder builder = ApplicationCreateParams.builder().name("web").environmentId("e");

        assertThat(builder.appName("my-app.v2").build().appName()).contains("my-app.v2");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.appName("my app").build())
                .withMessage("appName must match ^[a-zA-Z0-9._-]+$ (application.create)");
        // JavaScript's $ does not match before a final line break; Java's would
        assertThatIllegalArgumentException().isThrownBy(() -> builder.appName("app\n").build());
    }

    @Test
    void aMaximumLengthIsChecked() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApplicationCreateParams.builder().name("web").environmentId("e")
                        .appName("a".repeat(64)).build())
                .withMessage("appName must have at most 63 characters, had 64 (application.create)");
    }

    @Test
    void aRangeIsCheckedOnNumbers() {
        DomainCreateParams.Builder domain = DomainCreateParams.builder().host("cap.example.com");

        assertThatIllegalArgumentException().isThrownBy(() -> domain.port(0).build())
                .withMessage("port must be at least 1, was 0 (domain.create)");
        assertThatIllegalArgumentException().isThrownBy(() -> domain.port(65536).build())
                .withMessage("port must be at most 65535, was 65536 (domain.create)");
        assertThat(domain.port(80).build().port()).contains(80);
    }

    @Test
    void aWholeNumberRefusesFractions() {
        assertThatIllegalArgumentException().isThrownBy(() -> ApplicationReadLogsParams.builder().applicationId("a")
                .tail(1.5).build()).withMessage("tail must be a whole number, was 1.5 (application.readLogs)");
        assertThatIllegalArgumentException().isThrownBy(() -> ApplicationReadLogsParams.builder().applicationId("a")
                .tail(10001).build()).withMessage("tail must be at most 10000, was 10001 (application.readLogs)");
    }

    @Test
    void aQueryIsSentAsFlatParameters() {
        ApplicationReadLogsParams params = ApplicationReadLogsParams.builder().applicationId("a b").tail(200)
                .since("5m").build();

        assertThat(QueryEncoder.fields().encode(params)).isEqualTo("applicationId=a%20b&tail=200&since=5m");
    }

    @Test
    void aListMustHaveItsLeastElementsAndEachElementIsChecked() {
        NotificationCreateEmailParams.Builder email = NotificationCreateEmailParams.builder().appBuildError(true)
                .databaseBackup(true).dokployBackup(true).volumeBackup(true).dokployRestart(true).name("mail")
                .appDeploy(true).dockerCleanup(true).serverThreshold(true).smtpServer("smtp.example.com")
                .smtpPort(25).username("u").password("p").fromAddress("ops@example.com");

        assertThatIllegalArgumentException().isThrownBy(() -> email.toAddresses(List.of()).build())
                .withMessage("toAddresses must have at least 1 element (notification.createEmail)");
        assertThatNullPointerException().isThrownBy(() -> email.toAddresses(java.util.Arrays.asList("a", null)))
                .withMessage("toAddresses must not contain null (notification.createEmail)");
    }

    @Test
    void anEmailOrEmptyAcceptsBothAndNothingElse() {
        SettingsAssignDomainServerParams.Builder settings = SettingsAssignDomainServerParams.builder().host("h")
                .certificateType(SettingsAssignDomainServerParams.CertificateType.NONE);

        assertThat(settings.letsEncryptEmail("").build().letsEncryptEmail()).contains("");
        assertThat(settings.letsEncryptEmail("ops@example.com").build().letsEncryptEmail())
                .contains("ops@example.com");
        assertThatIllegalArgumentException().isThrownBy(() -> settings.letsEncryptEmail("nope").build())
                .withMessageStartingWith("letsEncryptEmail must match ^(?!\\.)").withMessageEndingWith(
                        " or be empty (settings.assignDomainServer)");
    }

    @Test
    void aNestedObjectIsTypedAndCheckedWithItsPath() {
        ApplicationUpdateParams.HealthCheckSwarm check = ApplicationUpdateParams.HealthCheckSwarm.builder()
                .test(List.of("CMD", "true")).interval(5_000_000_000L).build();
        ApplicationUpdateParams params = ApplicationUpdateParams.builder().applicationId("a")
                .healthCheckSwarm(check).build();

        assertThat(json(params).path("healthCheckSwarm").toString())
                .isEqualTo("{\"Test\":[\"CMD\",\"true\"],\"Interval\":5000000000}");
    }

    @Test
    void additionalPropertiesAreSentAsGivenButNotForKnownFields() {
        ProjectCreateParams params = ProjectCreateParams.builder().name("shop").additionalProperty("newField", 7)
                .build();

        assertThat(json(params).toString()).isEqualTo("{\"name\":\"shop\",\"newField\":7}");
        assertThat(params.additionalProperties()).containsEntry("newField", 7);
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectCreateParams.builder()
                .additionalProperty("name", "x")).withMessageContaining("use its setter");
    }

    @Test
    void jsonIsReadThroughTheBuilderWithTheSameRules() throws Exception {
        ApplicationSaveEnvironmentParams params = WireJson.MAPPER.readValue(
                "{\"applicationId\":\"a\",\"env\":\"X=1\",\"createEnvFile\":false,\"future\":true}",
                ApplicationSaveEnvironmentParams.class);

        assertThat(params.env()).contains("X=1");
        assertThat(params.additionalProperties()).containsEntry("future", true);
        assertThat(json(params).has("buildArgs")).isTrue();
        assertThatThrownBy(() -> WireJson.MAPPER.readValue("{\"name\":\"\"}", ProjectCreateParams.class))
                .isInstanceOf(ValueInstantiationException.class).rootCause()
                .hasMessage("name must have at least 1 character (project.create)");
    }

    @Test
    void equalityIsByValue() {
        assertThat(ProjectCreateParams.builder().name("a").build())
                .isEqualTo(ProjectCreateParams.builder().name("a").build())
                .hasSameHashCodeAs(ProjectCreateParams.builder().name("a").build())
                .isNotEqualTo(ProjectCreateParams.builder().name("a").description(null).build());
    }

    @Test
    void secretFieldsAreMaskedInToStringOnly() {
        ApplicationSaveEnvironmentParams params = ApplicationSaveEnvironmentParams.builder().applicationId("a")
                .env("TOKEN=hunter2").buildSecrets("S=1").createEnvFile(true).additionalProperty("apiToken", "t0k3n")
                .build();

        assertThat(params.toString()).isEqualTo("ApplicationSaveEnvironmentParams{applicationId=a, env=***,"
                + " buildArgs=null, buildSecrets=***, createEnvFile=true, apiToken=***}");
        assertThat(params.env()).contains("TOKEN=hunter2");
        assertThat(json(params).path("env").asText()).isEqualTo("TOKEN=hunter2");
    }
}
