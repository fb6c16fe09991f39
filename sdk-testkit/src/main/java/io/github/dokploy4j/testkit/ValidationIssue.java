package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One reason zod refused an input, independent of how a zod version words it ({@link Zod4IssueJson},
 * {@link Zod3IssueJson}). {@code path} holds object keys (strings) and array indexes (integers).
 */
final class ValidationIssue {

    enum Kind {
        /** The value has the wrong JavaScript type (or is missing). */
        INVALID_TYPE,
        /** A number, after coercion from the query string, is NaN or infinite. */
        NOT_A_NUMBER,
        /** A number is not an integer where one is required. */
        NOT_AN_INTEGER,
        TOO_SMALL,
        TOO_BIG,
        /** The value is not one of an enum's options (zod 4 says so even when the value is missing). */
        INVALID_OPTION,
        /** A string does not match a regex. */
        INVALID_FORMAT,
        /** A strict object got keys it does not know. */
        UNRECOGNIZED_KEYS,
        /** A {@code refine} failed. */
        CUSTOM
    }

    final Kind kind;
    final List<Object> path;
    /** INVALID_TYPE: the expected type (string, number, boolean, array, object, record). */
    final String expected;
    /** The JavaScript type of the input (undefined, null, string, number, boolean, array, object), or NaN/Infinity. */
    final String received;
    /** TOO_SMALL, TOO_BIG: string, number or array. */
    final String origin;
    final Number limit;
    /** INVALID_OPTION: the options; UNRECOGNIZED_KEYS: the keys. */
    final List<String> values;
    /** INVALID_OPTION: the value given, {@code null} when missing. */
    final JsonNode input;
    /** INVALID_FORMAT: the regex as JavaScript prints it, e.g. {@code /^[a-z]+$/}. */
    final String pattern;
    /** The schema's own message, or {@code null} for zod's wording. */
    final String message;

    private ValidationIssue(Kind kind, List<Object> path, String expected, String received, String origin,
            Number limit, List<String> values, JsonNode input, String pattern, String message) {
        this.kind = kind;
        this.path = List.copyOf(path);
        this.expected = expected;
        this.received = received;
        this.origin = origin;
        this.limit = limit;
        this.values = values == null ? List.of() : List.copyOf(values);
        this.input = input;
        this.pattern = pattern;
        this.message = message;
    }

    static ValidationIssue invalidType(List<Object> path, String expected, JsonNode raw) {
        return new ValidationIssue(Kind.INVALID_TYPE, path, expected, JsType.of(raw), null, null, null, raw, null,
                null);
    }

    static ValidationIssue notANumber(List<Object> path, String received) {
        return new ValidationIssue(Kind.NOT_A_NUMBER, path, "number", received, null, null, null, null, null, null);
    }

    static ValidationIssue notAnInteger(List<Object> path) {
        return new ValidationIssue(Kind.NOT_AN_INTEGER, path, "int", "number", null, null, null, null, null, null);
    }

    static ValidationIssue tooSmall(List<Object> path, String origin, Number minimum, String message) {
        return new ValidationIssue(Kind.TOO_SMALL, path, null, null, origin, minimum, null, null, null, message);
    }

    static ValidationIssue tooBig(List<Object> path, String origin, Number maximum, String message) {
        return new ValidationIssue(Kind.TOO_BIG, path, null, null, origin, maximum, null, null, null, message);
    }

    static ValidationIssue invalidOption(List<Object> path, List<String> options, JsonNode raw) {
        return new ValidationIssue(Kind.INVALID_OPTION, path, null, JsType.of(raw), null, null, options, raw, null,
                null);
    }

    static ValidationIssue invalidFormat(List<Object> path, String pattern, String message) {
        return new ValidationIssue(Kind.INVALID_FORMAT, path, null, null, "string", null, null, null, pattern,
                message);
    }

    static ValidationIssue unrecognizedKeys(List<Object> path, List<String> keys) {
        return new ValidationIssue(Kind.UNRECOGNIZED_KEYS, path, null, null, null, null, keys, null, null, null);
    }

    static ValidationIssue custom(List<Object> path, String message) {
        return new ValidationIssue(Kind.CUSTOM, path, null, null, null, null, null, null, null, message);
    }

    @Override
    public String toString() {
        return "ValidationIssue[" + kind + " at " + path + "]";
    }
}
