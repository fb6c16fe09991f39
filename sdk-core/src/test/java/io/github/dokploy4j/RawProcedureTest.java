package io.github.dokploy4j;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.github.dokploy4j.error.DokployDecodeException;
import io.github.dokploy4j.error.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The escape hatch: any procedure by name, on the same engine as the typed calls. */
@WireMockTest
class RawProcedureTest {
    private DokployClient client;

    /** A caller's own input type, to show records are written as JSON bodies. */
    record DeployInput(String applicationId, String title) {
    }

    /** A caller's own output type. */
    record VersionHolder(String applicationStatus) {
    }

    @BeforeEach
    void startClient(WireMockRuntimeInfo wm) {
        client = TestClients.builder(wm.getHttpBaseUrl()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void queryIsAGetWithFlatParameters() {
        stubFor(get(urlPathEqualTo("/api/application.one")).willReturn(okJson("{\"applicationId\":\"a1\","
                + "\"applicationStatus\":\"done\",\"deployments\":[]}")));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("applicationId", "a1");
        params.put("ignored", null);

        JsonNode app = client.procedure("application.one").query(params);

        verify(getRequestedFor(urlEqualTo("/api/application.one?applicationId=a1"))
                .withHeader("x-api-key", equalTo(TestClients.API_KEY)));
        assertThat(app.path("applicationStatus").asText()).isEqualTo("done");
    }

    @Test
    void queryBindsToTheCallersType() {
        stubFor(get(urlPathEqualTo("/api/application.one")).willReturn(okJson("{\"applicationStatus\":\"idle\","
                + "\"unknown\":1}")));

        VersionHolder app = client.procedure("application.one").query(Map.of("applicationId", "a1"),
                VersionHolder.class);

        assertThat(app.applicationStatus()).isEqualTo("idle");
    }

    @Test
    void iterableParametersAreRepeated() {
        stubFor(get(urlPathEqualTo("/api/x.y")).willReturn(okJson("[]")));

        client.procedure("x.y").query(Map.of("id", List.of("a", "b")));

        verify(getRequestedFor(urlEqualTo("/api/x.y?id=a&id=b")));
    }

    @Test
    void mutationPostsTheBodyAsJsonAndAnEmptyAnswerIsNull() {
        stubFor(post(urlEqualTo("/api/application.deploy")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")));

        JsonNode answer = client.procedure("application.deploy").mutation(new DeployInput("a1", "Release 42"));

        verify(postRequestedFor(urlEqualTo("/api/application.deploy"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"applicationId\":\"a1\",\"title\":\"Release 42\"}")));
        assertThat(answer).isNull();
    }

    @Test
    void mutationWithoutInputSendsAnEmptyObject() {
        stubFor(post(urlEqualTo("/api/settings.cleanAllDeploymentQueue")).willReturn(okJson("true")));

        Boolean cleaned = client.procedure("settings.cleanAllDeploymentQueue").mutation(null, Boolean.class);

        verify(postRequestedFor(urlEqualTo("/api/settings.cleanAllDeploymentQueue")).withRequestBody(equalTo("{}")));
        assertThat(cleaned).isTrue();
    }

    @Test
    void asyncViewCallsTheSameEngine() throws Exception {
        stubFor(post(urlEqualTo("/api/compose.deploy")).willReturn(okJson("{\"success\":true,\"message\":"
                + "\"Deployment queued\",\"composeId\":\"c1\"}")));

        JsonNode answer = client.async().procedure("compose.deploy").mutation(Map.of("composeId", "c1")).get();

        assertThat(answer.path("message").asText()).isEqualTo("Deployment queued");
    }

    @Test
    void errorsAreTheTypedExceptions() {
        stubFor(get(urlPathEqualTo("/api/nope.missing")).willReturn(aResponse().withStatus(404).withBody(
                "{\"message\":\"Not found\",\"code\":\"NOT_FOUND\",\"data\":{\"code\":\"NOT_FOUND\",\"httpStatus\":404,"
                        + "\"zodError\":null}}")));

        assertThatThrownBy(() -> client.procedure("nope.missing").query(Map.of()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.isUnknownProcedure()).isTrue());
    }

    @Test
    void aBodyThatDoesNotBindIsADecodeFailure() {
        stubFor(get(urlPathEqualTo("/api/application.one")).willReturn(okJson("[1,2]")));

        assertThatThrownBy(() -> client.procedure("application.one").query(Map.of(), VersionHolder.class))
                .isInstanceOf(DokployDecodeException.class).hasMessageStartingWith("application.one answered HTTP 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application", "../settings.x", "a.b?c=d", "a.b/c", "a. b", "a.b#", ".a"})
    void namesThatAreNotProceduresAreRefused(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> client.procedure(name))
                .withMessageStartingWith("name must be a procedure such as \"application.one\"");
    }

    @Test
    void serverVersionReadsTheSettingsProcedure() {
        stubFor(get(urlEqualTo("/api/settings.getDokployVersion")).willReturn(okJson("\"v0.30.2\"")));

        assertThat(client.serverVersion()).isEqualTo("v0.30.2");
        assertThat(client.async().serverVersion().join()).isEqualTo("v0.30.2");
    }
}
