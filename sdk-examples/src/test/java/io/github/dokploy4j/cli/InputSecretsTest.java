package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The secret values of an input, by the SDK's rule, and the parts of them a server may quote alone. */
class InputSecretsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void secretNamedFieldsAtAnyDepthAndEverythingInsideThem() throws Exception {
        assertThat(InputSecrets.of(JSON.readTree("{\"applicationId\":\"app-1\",\"password\":\"hunter2-long\","
                + "\"nested\":{\"apiToken\":\"tok-123456\",\"name\":\"n\"},"
                + "\"headers\":{\"X-Auth\":\"abc-def-ghi\"},\"port\":80,\"secretCount\":3}")))
                .containsExactlyInAnyOrder("hunter2-long", "tok-123456", "abc-def-ghi");
    }

    @Test
    void anEnvironmentAlsoHidesEachLineAndEachValueThatIsNotTriviallyShort() throws Exception {
        assertThat(InputSecrets.of(JSON.readTree("{\"env\":\"PORT=8080\\nDATABASE_URL=postgres://u:p@db/app\\nX=1\"}")))
                .contains("PORT=8080\nDATABASE_URL=postgres://u:p@db/app\nX=1", "DATABASE_URL=postgres://u:p@db/app",
                        "postgres://u:p@db/app", "8080", "X=1")
                .doesNotContain("1");
    }

    @Test
    void blankAndNonTextValuesAreNotSecrets() throws Exception {
        assertThat(InputSecrets.of(JSON.readTree("{\"password\":\" \",\"token\":null,\"privateKey\":true}")))
                .isEmpty();
    }
}
