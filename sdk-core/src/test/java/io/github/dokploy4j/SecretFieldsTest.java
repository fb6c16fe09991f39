package io.github.dokploy4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.internal.call.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for what is secret, as the SDK applies it and as the generated table and the README state it. */
class SecretFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "databaseRootPassword", "currentPassword", "env", "previewEnv",
        "envVariables", "buildArgs", "buildSecrets", "previewBuildSecrets", "webhookUrl", "apiKey", "apiToken",
        "token", "accessToken", "refreshToken", "clientSecret", "secret", "privateKey", "sshPrivateKey",
        "encPrivateKey", "privateKeyPass", "encPrivateKeyPass", "accessKey", "secretAccessKey", "botToken",
        "appToken", "appPassword", "fullContext", "licenseKey", "decryptionPvk", "headers", "userKey", "ENV"})
    void secretNames(String name) {
        assertThat(SecretFields.isSecret(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "host", "publicKey", "username", "applicationId", "environment", "envId",
        "description", "dockerImage", "sshKeyId"})
    void ordinaryNames(String name) {
        assertThat(SecretFields.isSecret(name)).isFalse();
    }

    @Test
    void everyFieldOfTheGeneratedTableIsSecretForTheSdk() throws IOException {
        List<String> fields = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/generated/docs/secret-fields.md"))) {
            if (line.startsWith("| `")) {
                for (String cell : line.split("\\|")[2].split(",")) {
                    String path = cell.trim().replace("`", "");
                    fields.add(path.substring(path.lastIndexOf('.') + 1));
                }
            }
        }
        assertThat(fields).hasSizeGreaterThan(100).allSatisfy(field ->
                assertThat(SecretFields.isSecret(field)).as(field).isTrue());
    }

    @Test
    void theReadmeStatesTheRule() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).contains("`password`,\n  `secret`, `token`, `privatekey`, `apikey`, `accesskey`, `licensekey` or"
                + " `pvk`, or that is `env`, `previewEnv`,\n  `envVariables`, `buildArgs`, `previewBuildArgs`,"
                + " `webhookUrl`, `fullContext`, `headers` or `userKey`");
    }

    @Test
    void redactMasksSecretKeysAtAnyDepthAndLeavesTheNodeAlone() throws IOException {
        JsonNode node = WireJson.MAPPER.readTree("{\"name\":\"db\",\"databasePassword\":\"p\",\"nested\":"
                + "[{\"apiToken\":\"t\",\"token\":null}]}");

        assertThat(SecretFields.redact(node).toString()).isEqualTo("{\"name\":\"db\",\"databasePassword\":\"***\","
                + "\"nested\":[{\"apiToken\":\"***\",\"token\":null}]}");
        assertThat(node.path("databasePassword").asText()).isEqualTo("p");
    }
}
