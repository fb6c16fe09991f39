package io.github.dokploy4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.SecretFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The secret values an input carries, by the SDK's one rule ({@link SecretFields#isSecret}): the text of every
 * secret-named field at any depth, every text inside one, and the lines and values of a multi-line one. The CLI
 * replaces them in whatever it writes to stderr.
 */
final class InputSecrets {
    private static final int MIN_PART = 4;
    private InputSecrets() {
    }

    static List<String> of(JsonNode input) {
        List<String> secrets = new ArrayList<>();
        collect(input, false, secrets);
        return secrets;
    }

    /**
     * A secret text, and the parts of it a server may quote on their own: each line of a multi-line value such as an
     * environment ({@code A=1\nTOKEN=…}), and the value of each {@code NAME=VALUE} line when it is not trivially
     * short (masking a one-character value would garble every message).
     */
    private static void add(String text, List<String> secrets) {
        secrets.add(text);
        if (text.indexOf('\n') < 0 && text.indexOf('=') < 0) {
            return;
        }
        for (String line : text.split("\r?\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            secrets.add(stripped);
            int equals = stripped.indexOf('=');
            if (equals > 0 && stripped.length() - equals - 1 >= MIN_PART) {
                secrets.add(stripped.substring(equals + 1));
            }
        }
    }

    private static void collect(JsonNode node, boolean secret, List<String> secrets) {
        if (node.isTextual()) {
            if (secret && !node.textValue().isBlank()) {
                add(node.textValue(), secrets);
            }
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), secret || SecretFields.isSecret(field.getKey()), secrets);
            }
            return;
        }
        for (JsonNode element : node) {
            collect(element, secret, secrets);
        }
    }
}
