package io.github.dokploy4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Excerpts never show a configured secret or a rollback's fullContext, whole or cut off. */
class RedactorTest {
    private final Redactor redactor = new Redactor(List.of("dk_key_1234567890"));

    @Test
    void aFullContextAnywhereInAJsonBodyIsMasked() {
        String body = "[{\"rollback\":{\"version\":7,\"fullContext\":{\"env\":\"PASSWORD=hunter2\"}}}]";

        assertThat(redactor.excerpt(bytes(body)))
                .isEqualTo("[{\"rollback\":{\"version\":7,\"fullContext\":\"[REDACTED]\"}}]");
    }

    @Test
    void aTruncatedBodyIsCutBeforeTheFullContext() {
        String body = "[{\"rollback\":{\"version\":7,\"fullContext\":{\"env\":\"PASSWORD=hun";

        assertThat(redactor.excerpt(bytes(body)))
                .isEqualTo("[{\"rollback\":{\"version\":7,\"fullContext\":\"[REDACTED]\"");
    }

    @Test
    void configuredSecretsAndPerCallValuesAreMasked() {
        Redactor perCall = redactor.with(List.of("call-token-42"));

        assertThat(perCall.excerpt(bytes("key dk_key_1234567890 and call-token-42")))
                .isEqualTo("key [REDACTED] and [REDACTED]");
        assertThat(redactor.with(List.of())).isSameAs(redactor);
    }

    @Test
    void controlCharactersAreEscapedAndLongBodiesCut() {
        String excerpt = redactor.excerpt(bytes("line1\r\nline2\u0007" + "x".repeat(2_000)));

        assertThat(excerpt).startsWith("line1\\r\\nline2?").endsWith("…")
                .hasSize(Redactor.EXCERPT_LENGTH + 1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
