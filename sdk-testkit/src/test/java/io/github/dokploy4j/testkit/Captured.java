package io.github.dokploy4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real answers of Dokploy v0.30.2 in {@code captures/} (a copy of captures-resources) and shape comparisons. */
final class Captured {

    private Captured() {
    }

    /** The response body of a capture, e.g. {@code "009-application.create"}. */
    static JsonNode body(String capture) {
        return load(capture).get("response").get("body_json");
    }

    static int status(String capture) {
        return load(capture).get("response").get("status").intValue();
    }

    /** The JSON body the capture sent. */
    static String requestBody(String capture) {
        return load(capture).get("request").get("body").textValue();
    }

    /**
     * Asserts that {@code actual} has the shape of {@code expected}: the same keys in the same order, recursively, and
     * values of the same JSON type wherever neither side is null (a nullable column may hold either). Array elements
     * are compared with the captured array's first element.
     */
    static void assertSameShape(JsonNode expected, JsonNode actual) {
        compare(expected, actual, "$");
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void compare(JsonNode expected, JsonNode actual, String where) {
        if (expected.isNull() || actual.isNull()) {
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            fail(where + ": expected a " + expected.getNodeType() + " but the fake sent " + actual);
        }
        if (expected.isObject()) {
            assertEquals(keys(expected), keys(actual), where + ": keys and their order");
            expected.properties().forEach(entry ->
                    compare(entry.getValue(), actual.get(entry.getKey()), where + "." + entry.getKey()));
        } else if (expected.isArray() && !expected.isEmpty()) {
            for (int i = 0; i < actual.size(); i++) {
                compare(expected.get(0), actual.get(i), where + "[" + i + "]");
            }
        }
    }

    private static JsonNode load(String capture) {
        try (InputStream in = Captured.class.getResourceAsStream("captures/" + capture + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + capture);
            }
            return Wire.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
