package io.github.dokploy4j.generator;

import java.util.List;

/**
 * The part of JSON Schema the document's inputs use (zod's output through Dokploy's OpenAPI adapter), reduced to what
 * decides a Java type and a rule. {@code anyOf} with {@code null} becomes {@link Field#nullable()}.
 */
sealed interface Schema {

    /** A string, possibly with an enum, length, pattern or format. */
    record Str(List<String> values, Integer minLength, Integer maxLength, String pattern, boolean orEmpty,
            String format, String defaultValue) implements Schema {
        boolean isEnum() {
            return !values.isEmpty();
        }
    }

    /** A number; {@code integer} for JSON Schema's {@code integer}. */
    record Num(boolean integer, Double minimum, Double maximum, String defaultValue) implements Schema {
    }

    /** A boolean. */
    record Bool(String defaultValue) implements Schema {
    }

    /** A list. */
    record Array(Schema items, Integer minItems) implements Schema {
    }

    /** An object with named properties. */
    record Obj(List<Field> fields) implements Schema {
    }

    /** An object of free keys ({@code additionalProperties} / {@code propertyNames}). */
    record MapOf(Schema values) implements Schema {
    }

    /** Any JSON value. */
    record Any() implements Schema {
    }

    /** A multipart file ({@code format: binary}). */
    record Binary() implements Schema {
    }

    /** A property of an object. */
    record Field(String name, Schema schema, boolean required, boolean nullable) {
    }
}
