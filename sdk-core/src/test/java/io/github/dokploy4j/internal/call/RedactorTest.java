package io.github.dokploy4j.internal.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
                .isEqualTo("[{\"rollback\":{\"version\":7,\"fullContext\":\"***\"}}]");
    }

    @Test
    void aTruncatedBodyIsCutBeforeTheFullContext() {
        String body = "[{\"rollback\":{\"version\":7,\"fullContext\":{\"env\":\"PASSWORD=hun";

        assertThat(redactor.excerpt(bytes(body)))
                .isEqualTo("[{\"rollback\":{\"version\":7,\"fullContext\":\"***\"");
    }

    @Test
    void configuredSecretsAndPerCallValuesAreMasked() {
        Redactor perCall = redactor.with(List.of("call-token-42"));

        assertThat(perCall.excerpt(bytes("key dk_key_1234567890 and call-token-42")))
                .isEqualTo("key *** and ***");
        assertThat(redactor.with(List.of())).isSameAs(redactor);
    }

    @Test
    void controlCharactersAreEscapedAndLongBodiesCut() {
        String excerpt = redactor.excerpt(bytes("line1\r\nline2\u0007" + "x".repeat(2_000)));

        assertThat(excerpt).startsWith("line1\\r\\nline2?").endsWith("…")
                .hasSize(Redactor.EXCERPT_LENGTH + 1);
    }

    @Test
    void everySecretNamedKeyOfABodyIsMaskedNotOnlyFullContext() {
        String body = "{\"registryId\":\"r1\",\"username\":\"bot\",\"password\":\"pl41n-t3xt\",\"env\":\"A=1\"}";

        assertThat(redactor.excerpt(bytes(body)))
                .isEqualTo("{\"registryId\":\"r1\",\"username\":\"bot\",\"password\":\"***\",\"env\":\"***\"}");
    }

    @Test
    void theSecretValuesARequestCarriedAreHiddenWhereverTheyAppear() {
        byte[] sent = bytes("{\"applicationId\":\"app\",\"username\":\"admin\",\"password\":\"hunter2-secret\"}");
        Redactor call = redactor.withRequest(URI.create("https://h/api/security.create"), sent);

        assertThat(call.scrub("params: id1,admin,hunter2-secret,2026-12-06T19:47:42.647Z,app"))
                .isEqualTo("params: id1,admin,***,2026-12-06T19:47:42.647Z,app");
    }

    @Test
    void eachVariableOfAnEnvironmentIsHiddenOnItsOwn() {
        byte[] sent = bytes("{\"applicationId\":\"app\",\"env\":\"DATABASE_URL=postgres://u:pw-9f2c@db/x\\n"
                + "API_TOKEN=tok-71c4e0\\nDEBUG=1\",\"buildArgs\":null}");
        Redactor call = redactor.withRequest(URI.create("https://h/api/application.saveEnvironment"), sent);

        assertThat(call.scrub("invalid variable API_TOKEN=tok-71c4e0; url postgres://u:pw-9f2c@db/x; DEBUG=1"))
                .isEqualTo("invalid variable API_TOKEN=***; url ***; DEBUG=1");
    }

    @Test
    void secretQueryParametersAreHiddenToo() {
        Redactor call = redactor.withRequest(URI.create("https://h/api/x.check?token=q-tok-3f5a&name=web"), null);

        assertThat(call.redact("GET https://h/api/x.check?token=q-tok-3f5a&name=web"))
                .isEqualTo("GET https://h/api/x.check?token=***&name=web");
        assertThat(redactor.withRequest(URI.create("https://h/api/x.check?name=web"), null)).isSameAs(redactor);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
