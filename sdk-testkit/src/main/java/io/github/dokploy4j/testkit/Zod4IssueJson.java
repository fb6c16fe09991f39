package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A {@link ValidationIssue} as zod 4.3.6 writes it: its own keys, then {@code path}, then {@code message}. */
final class Zod4IssueJson {

    private Zod4IssueJson() {
    }

    static ObjectNode render(ValidationIssue issue) {
        ObjectNode json = WireJson.object();
        String message;
        switch (issue.kind) {
            case INVALID_TYPE:
                json.put("expected", issue.expected);
                json.put("code", "invalid_type");
                message = "Invalid input: expected " + issue.expected + ", received " + issue.received;
                break;
            case NOT_A_NUMBER:
                json.put("expected", "number");
                json.put("code", "invalid_type");
                json.put("received", issue.received);
                // zod names Infinity's type "number" in the message, but sends received: "Infinity"
                message = "Invalid input: expected number, received "
                        + ("NaN".equals(issue.received) ? "NaN" : "number");
                break;
            case NOT_AN_INTEGER:
                json.put("expected", "int");
                json.put("format", "safeint");
                json.put("code", "invalid_type");
                message = "Invalid input: expected int, received number";
                break;
            case TOO_SMALL:
                json.put("origin", issue.origin);
                json.put("code", "too_small");
                WireJson.putNumber(json, "minimum", issue.limit);
                json.put("inclusive", true);
                message = "Too small: expected " + issue.origin + sizing(issue.origin, ">=", issue.limit);
                break;
            case TOO_BIG:
                json.put("origin", issue.origin);
                json.put("code", "too_big");
                WireJson.putNumber(json, "maximum", issue.limit);
                json.put("inclusive", true);
                message = "Too big: expected " + issue.origin + sizing(issue.origin, "<=", issue.limit);
                break;
            case INVALID_OPTION:
                json.put("code", "invalid_value");
                issue.values.forEach(json.putArray("values")::add);
                message = "Invalid option: expected one of " + quoted(issue.values, "|");
                break;
            case INVALID_FORMAT:
                json.put("origin", "string");
                json.put("code", "invalid_format");
                json.put("format", "regex");
                json.put("pattern", issue.pattern);
                message = "Invalid string: must match pattern " + issue.pattern;
                break;
            case UNRECOGNIZED_KEYS:
                json.put("code", "unrecognized_keys");
                issue.values.forEach(json.putArray("keys")::add);
                message = "Unrecognized key" + (issue.values.size() > 1 ? "s" : "") + ": " + quoted(issue.values, ", ");
                break;
            default:
                json.put("code", "custom");
                message = null;
                break;
        }
        json.set("path", path(issue.path));
        json.put("message", issue.message != null ? issue.message : message);
        return json;
    }

    static ArrayNode path(List<Object> path) {
        ArrayNode json = WireJson.array();
        for (Object segment : path) {
            if (segment instanceof Integer) {
                json.add((Integer) segment);
            } else {
                json.add((String) segment);
            }
        }
        return json;
    }

    private static String sizing(String origin, String comparison, Number limit) {
        switch (origin) {
            case "string":
                return " to have " + comparison + limit + " characters";
            case "array":
                return " to have " + comparison + limit + " items";
            default:
                return " to be " + comparison + limit;
        }
    }

    private static String quoted(List<String> values, String separator) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(text.length() == 0 ? "" : separator).append('"').append(value).append('"');
        }
        return text.toString();
    }
}
