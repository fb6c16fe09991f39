package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * New rows of the tables users create, shaped like Dokploy v0.30.2's answers (the resource {@value #RESOURCE}, taken
 * from the captured create answers): every column in the table's order, with the default a new row gets.
 */
final class RowTemplates {

    static final String RESOURCE = "dokploy-v0.30.2-rows.json";

    private static final JsonNode TEMPLATES = load();

    private RowTemplates() {
    }

    static ObjectNode project() {
        return copy("project");
    }

    static ObjectNode environment() {
        return copy("environment");
    }

    static ObjectNode application() {
        return copy("application");
    }

    static ObjectNode compose() {
        return copy("compose");
    }

    static ObjectNode domain() {
        return copy("domain");
    }

    private static ObjectNode copy(String table) {
        return ((ObjectNode) TEMPLATES.get(table)).deepCopy();
    }

    private static JsonNode load() {
        try (InputStream in = RowTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the testkit jar lacks its resource " + RESOURCE);
            }
            return WireJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(RESOURCE + " is not valid JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
