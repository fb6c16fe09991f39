package io.github.dokploy4j;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.deployment.ProcedureVersions;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.internal.call.WireJson;
import io.github.dokploy4j.project.ProjectCreateParams;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code RawProcedure.call}: any procedure of the catalog by name, GET or POST as declared, input checked first. */
@WireMockTest
class RawProcedureCallTest {
    private DokployClient client;

    @BeforeEach
    void startClient(WireMockRuntimeInfo wm) {
        client = TestClients.builder(wm.getHttpBaseUrl()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void aQueryGoesOutAsAGetWithItsParameters() {
        stubFor(get(urlEqualTo("/api/application.readLogs?applicationId=a1&tail=200")).willReturn(okJson("\"l\"")));

        JsonNode logs = client.procedure("application.readLogs").call(Map.of("applicationId", "a1", "tail", 200));

        assertThat(logs.asText()).isEqualTo("l");
        verify(getRequestedFor(urlEqualTo("/api/application.readLogs?applicationId=a1&tail=200")));
    }

    @Test
    void aMutationGoesOutAsAPostWithTheCheckedBody() {
        stubFor(post(urlEqualTo("/api/application.saveEnvironment")).willReturn(okJson("true")));

        JsonNode answer = Await.result(client.async().procedure("application.saveEnvironment")
                .call(Map.of("applicationId", "a1", "env", "A=1", "createEnvFile", true)));

        assertThat(answer.booleanValue()).isTrue();
        verify(postRequestedFor(urlEqualTo("/api/application.saveEnvironment")).withRequestBody(equalToJson(
                "{\"applicationId\":\"a1\",\"env\":\"A=1\",\"buildArgs\":null,\"buildSecrets\":null,"
                        + "\"createEnvFile\":true}", false, false)));
    }

    @Test
    void jsonAndTypedInputsAreAccepted() throws Exception {
        stubFor(post(urlEqualTo("/api/project.create")).willReturn(okJson("{\"project\":{},\"environment\":{}}")));

        client.procedure("project.create").call(WireJson.MAPPER.readTree("{\"name\":\"shop\"}"));
        client.procedure("project.create").call(ProjectCreateParams.builder().name("shop").build());

        verify(2, postRequestedFor(urlEqualTo("/api/project.create"))
                .withRequestBody(equalToJson("{\"name\":\"shop\"}", false, false)));
    }

    @Test
    void aBrokenRuleIsRefusedBeforeAnythingIsSent() {
        assertThatIllegalArgumentException().isThrownBy(() -> client.procedure("project.create")
                .call(Map.of("name", ""))).withMessage("name must have at least 1 character (project.create)");
        assertThatIllegalArgumentException().isThrownBy(() -> client.procedure("project.create").call(null))
                .withMessage("name is required (project.create)");
        assertThatIllegalArgumentException().isThrownBy(() -> client.procedure("deployment.allByType")
                .call(Map.of("id", "x", "type", "database")))
                .withMessageStartingWith("the input of deployment.allByType does not fit:");
    }

    @Test
    void aProcedureWithoutInputRefusesOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> client.procedure("project.all")
                .call(Map.of("x", 1))).withMessage("project.all takes no input, got the fields [x]");
    }

    @Test
    void anUnknownNameSaysToUseQueryOrMutation() {
        assertThat(client.procedure("future.thing").info()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> client.procedure("future.thing").call(null))
                .withMessageContaining("query(…) or mutation(…)");
    }

    @Test
    void aMultipartProcedureIsRefusedWithCurlAdvice() {
        assertThatThrownBy(() -> client.procedure("application.dropDeployment").call(Map.of("applicationId", "a")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("multipart/form-data")
                .hasMessageContaining("curl -H \"x-api-key: $DOKPLOY_API_KEY\" -F applicationId=… -F zip=@zip");
    }

    @Test
    void theCatalogAndTheDeploymentsTableGiveTheSameVersions() {
        ProcedureVersions.all().forEach((name, version) -> assertThat(ProcedureInfo.find(name).orElseThrow().since())
                .as(name).isEqualTo(version.equals(ProcedureVersions.OLDEST_SUPPORTED) ? Optional.empty()
                        : Optional.of(version)));
    }

    @Test
    void theCatalogListsEveryProcedureOfTheDocument() {
        assertThat(ProcedureInfo.all()).hasSize(554);
        assertThat(ProcedureInfo.names()).isSorted().contains("project.create", "deployment.readLogs");
        ProcedureInfo readLogs = ProcedureInfo.find("deployment.readLogs").orElseThrow();
        assertThat(readLogs.method()).isEqualTo("GET");
        assertThat(readLogs.since()).contains("v0.29.5");
        assertThat(ProcedureInfo.all()).filteredOn(p -> p.inputType().isPresent()).hasSize(464);
        assertThat(ProcedureInfo.all()).filteredOn(ProcedureInfo::isMultipart).extracting(ProcedureInfo::name)
                .containsExactly("application.dropDeployment", "docker.uploadFileToContainer");
    }
}
