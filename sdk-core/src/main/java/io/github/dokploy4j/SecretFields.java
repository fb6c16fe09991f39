package io.github.dokploy4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one rule for what is secret: a field, column or JSON key whose value must never appear in a
 * {@code toString()}, a log line or an exception message. A name is secret when, ignoring case, it contains
 * {@code password}, {@code secret}, {@code token}, {@code privatekey}, {@code apikey}, {@code accesskey},
 * {@code licensekey} or {@code pvk}, or it is {@code env}, {@code previewEnv}, {@code envVariables},
 * {@code buildArgs}, {@code previewBuildArgs}, {@code webhookUrl}, {@code fullContext}, {@code headers} or
 * {@code userKey}. The rule's data is kept in the generator's configuration ({@code sdk-generator}), which also
 * writes the table of secret fields per procedure ({@code sdk-core/src/generated/docs/secret-fields.md}); a test
 * checks that the README and that table agree with this class. Every generated input and every typed
 * row prints {@value #PLACEHOLDER} in place of a secret value; their accessors, {@code equals} and JSON are unchanged.
 */
public final class SecretFields {
    /** What is printed instead of a secret value. */
    public static final String PLACEHOLDER = "***";

    private SecretFields() {
    }

    /**
     * Tells whether a name is secret.
     *
     * @param name a field, column or JSON key, e.g. {@code databasePassword}
     * @return whether its value must not be shown
     */
    public static boolean isSecret(String name) {
        String lower = Objects.requireNonNull(name, "name must not be null").toLowerCase(Locale.ROOT);
        if (SecretNames.EXACT.contains(lower)) {
            return true;
        }
        for (String fragment : SecretNames.FRAGMENTS) {
            if (lower.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a copy of a JSON value whose secret-named keys, at any depth, hold {@link #PLACEHOLDER}, for printing.
     *
     * @param node the value, which is left unchanged
     * @return the copy; the node itself when it holds no object
     */
    public static JsonNode redact(JsonNode node) {
        Objects.requireNonNull(node, "node must not be null");
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                copy.set(field.getKey(), isSecret(field.getKey()) && !value.isNull()
                        ? JsonNodeFactory.instance.textNode(PLACEHOLDER) : redact(value));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(redact(element)));
            return copy;
        }
        return node;
    }
}
