package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.error.DokployDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 2xx answers whose body is not what the procedure returns fail with a decode exception that quotes them. */
class HostileResponsesTest {
    private final ScriptedTransport server = new ScriptedTransport();
    private final DokployClient client = TestClients.builder(server, new TestClients.RecordingDelayer()).build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"deploymentId\":\"x\"}|found a JSON object",
        "null|found null",
        "\"text\"|found a JSON string",
        "<html><body>Login</body></html>|found something that is not JSON",
        "''|found an empty body",
    })
    void aListProcedureRefusesOtherShapes(String body, String problem) {
        server.answer(200, body);

        assertThatThrownBy(() -> client.deployments().all("a1"))
                .isInstanceOfSatisfying(DokployDecodeException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("deployment.all answered HTTP 200 with a body that is not a"
                            + " JSON list of deployments: " + problem + "; body starts: "
                            + (body.isEmpty() ? "(empty)" : body));
                    assertThat(e.procedure()).isEqualTo("deployment.all");
                    assertThat(e.status()).isEqualTo(200);
                });
    }

    @Test
    void truncatedJsonIsADecodeFailure() {
        server.answer(200, "[{\"deploymentId\":\"Zt8w");

        assertThatThrownBy(() -> client.deployments().all("a1")).isInstanceOf(DokployDecodeException.class)
                .hasMessageContaining("body starts: [{\"deploymentId\":\"Zt8w");
    }

    @Test
    void aRowWithoutARequiredColumnIsADecodeFailureNamingIt() {
        server.answer(200, "[{\"title\":\"Manual deployment\"}]");

        assertThatThrownBy(() -> client.deployments().all("a1")).isInstanceOf(DokployDecodeException.class)
                .hasMessageContaining("deploymentId");
    }

    @Test
    void readLogsRefusesNull() {
        server.answer(200, "null");

        assertThatThrownBy(() -> client.deployments().readLogs("d1")).isInstanceOf(DokployDecodeException.class)
                .hasMessageContaining("found null");
    }

    @Test
    void invalidUtf8IsQuotedWithReplacementCharacters() {
        server.answer(200, "\"ok\"");
        byte[] broken = {'[', (byte) 0xC3, (byte) 0x28, ']'};
        ScriptedTransport raw = new ScriptedTransport();
        raw.answer(200, new String(broken, java.nio.charset.StandardCharsets.ISO_8859_1));
        DokployClient rawClient = TestClients.builder(raw, new TestClients.RecordingDelayer()).build();

        assertThatThrownBy(() -> rawClient.deployments().all("a1")).isInstanceOf(DokployDecodeException.class);
    }

    @Test
    void anEnormousBodyIsQuotedOnlyBriefly() {
        server.answer(200, "{" + "\"k\":1,".repeat(200_000) + "}");

        assertThatThrownBy(() -> client.deployments().all("a1"))
                .isInstanceOfSatisfying(DokployDecodeException.class,
                        e -> assertThat(e.bodyExcerpt()).hasSizeLessThanOrEqualTo(501));
    }
}
