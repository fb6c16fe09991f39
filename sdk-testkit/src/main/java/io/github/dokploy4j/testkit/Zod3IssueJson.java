package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A {@link ValidationIssue} as zod 3 writes it, the wording of Dokploy up to v0.27.x. zod 3 builds an issue as
 * {@code {...issueData, path, message}}: issues whose data carries a (possibly undefined) {@code message} key keep it
 * before {@code path}, the others put it last.
 */
final class Zod3IssueJson {

    private Zod3IssueJson() {
    }

    static ObjectNode render(ValidationIssue issue) {
        ObjectNode json = WireJson.object();
        switch (issue.kind) {
            case INVALID_TYPE:
            case NOT_A_NUMBER:
                String expected = "record".equals(issue.expected) ? "object" : issue.expected;
                String received = issue.kind == ValidationIssue.Kind.NOT_A_NUMBER ? "nan" : issue.received;
                json.put("code", "invalid_type");
                json.put("expected", expected);
                json.put("received", received);
                finishInvalidType(json, expected, received, issue);
                break;
            case NOT_AN_INTEGER:
                json.put("code", "invalid_type");
                json.put("expected", "integer");
                json.put("received", "float");
                json.put("message", "Expected integer, received float");
                json.set("path", Zod4IssueJson.path(issue.path));
                break;
            case TOO_SMALL:
            case TOO_BIG:
                boolean small = issue.kind == ValidationIssue.Kind.TOO_SMALL;
                json.put("code", small ? "too_small" : "too_big");
                WireJson.putNumber(json, small ? "minimum" : "maximum", issue.limit);
                json.put("type", issue.origin);
                json.put("inclusive", true);
                json.put("exact", false);
                json.put("message",
                        issue.message != null ? issue.message : sizeMessage(issue.origin, small, issue.limit));
                json.set("path", Zod4IssueJson.path(issue.path));
                break;
            case INVALID_OPTION:
                if (issue.input == null || !issue.input.isTextual()) {
                    // ZodEnum adds {expected, received, code} in this order for a value that is not a string
                    String options = quoted(issue.values, " | ");
                    json.put("expected", options);
                    json.put("received", issue.received);
                    json.put("code", "invalid_type");
                    finishInvalidType(json, options, issue.received, issue);
                } else {
                    json.put("received", issue.input.textValue());
                    json.put("code", "invalid_enum_value");
                    issue.values.forEach(json.putArray("options")::add);
                    json.set("path", Zod4IssueJson.path(issue.path));
                    json.put("message", "Invalid enum value. Expected " + quoted(issue.values, " | ") + ", received '"
                            + issue.input.textValue() + "'");
                }
                break;
            case INVALID_FORMAT:
                json.put("validation", "regex");
                json.put("code", "invalid_string");
                json.put("message", issue.message != null ? issue.message : "Invalid");
                json.set("path", Zod4IssueJson.path(issue.path));
                break;
            case UNRECOGNIZED_KEYS:
                json.put("code", "unrecognized_keys");
                issue.values.forEach(json.putArray("keys")::add);
                json.set("path", Zod4IssueJson.path(issue.path));
                json.put("message", "Unrecognized key(s) in object: " + quoted(issue.values, ", "));
                break;
            default:
                json.put("code", "custom");
                json.put("message", issue.message);
                json.set("path", Zod4IssueJson.path(issue.path));
                break;
        }
        return json;
    }

    private static void finishInvalidType(ObjectNode json, String expected, String received, ValidationIssue issue) {
        json.set("path", Zod4IssueJson.path(issue.path));
        json.put("message",
                "undefined".equals(received) ? "Required" : "Expected " + expected + ", received " + received);
    }

    private static String sizeMessage(String origin, boolean small, Number limit) {
        switch (origin) {
            case "string":
                return "String must contain " + (small ? "at least " : "at most ") + limit + " character(s)";
            case "array":
                return "Array must contain " + (small ? "at least " : "at most ") + limit + " element(s)";
            default:
                return "Number must be " + (small ? "greater" : "less") + " than or equal to " + limit;
        }
    }

    private static String quoted(List<String> values, String separator) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(text.length() == 0 ? "" : separator).append('\'').append(value).append('\'');
        }
        return text.toString();
    }
}
