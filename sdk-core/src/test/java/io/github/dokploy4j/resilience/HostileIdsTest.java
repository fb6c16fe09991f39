package io.github.dokploy4j.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.ScriptedTransport;
import io.github.dokploy4j.TestClients;
import io.github.dokploy4j.internal.http.TransportRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids made of URL and header syntax travel as data: they never add a parameter, change the path or split a header. */
class HostileIdsTest {
    private final ScriptedTransport server = new ScriptedTransport();
    private final DokployClient client = TestClients.builder(server, new TestClients.RecordingDelayer()).build();

    @ParameterizedTest
    @ValueSource(strings = {"a&applicationId=b", "a=b", "a#frag", "../../settings.getDokployVersion", "100%25",
        "a b", "a\"b'c", "a\r\nx-api-key: stolen", "déploiement-日本", "a?b=c", "a+b", "a\u0000b"})
    void aQueryIdIsOneEncodedParameterOnTheSamePath(String id) {
        server.answer(200, "[]");

        client.deployments().all(id);

        URI uri = server.requests().get(0).uri();
        assertThat(uri.getRawPath()).isEqualTo("/api/deployment.all");
        assertThat(uri.getRawFragment()).isNull();
        assertThat(uri.getRawQuery()).startsWith("applicationId=").doesNotContain("&").doesNotContain("#")
                .doesNotContain("\r").doesNotContain("\n").doesNotContain(" ");
        assertThat(URLDecoder.decode(uri.getRawQuery().substring("applicationId=".length()), StandardCharsets.UTF_8))
                .isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a&applicationId=b", "a\"}, \"deploymentId\": \"other", "a\r\nx-api-key: stolen",
        "déploiement-日本", "a\u0000b", "a\\\"b"})
    void aMutationIdIsOneJsonStringOnTheSamePathWithNoExtraHeader(String id) throws Exception {
        server.answer(200, "");

        client.deployments().killProcess(id);

        TransportRequest request = server.requests().get(0);
        assertThat(request.uri().toString()).isEqualTo("https://dokploy.test/api/deployment.killProcess");
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("deploymentId").textValue()).isEqualTo(id);
        assertThat(request.headers()).containsOnlyKeys("Accept", "Content-Type", "User-Agent", "x-api-key");
        assertThat(request.headers().values()).noneMatch(value -> value.contains("\n") || value.contains("\r"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a&type=compose", "a#b", "a/b"})
    void anEscapeHatchParameterNameOrValueIsEncodedToo(String value) {
        server.answer(200, "{}");

        client.procedure("application.one").query(Map.of("applicationId", value));

        assertThat(server.requests().get(0).uri().getRawQuery()).doesNotContain("&").doesNotContain("#")
                .doesNotContain("/");
    }
}
