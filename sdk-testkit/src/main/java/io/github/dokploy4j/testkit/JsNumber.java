package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/** JavaScript's {@code Number(value)}, which zod's coercion applies to query parameters such as {@code tail}. */
final class JsNumber {

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private JsNumber() {
    }

    static double of(JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        if (value.isNull()) {
            return 0;
        }
        if (value.isTextual()) {
            return of(value.textValue());
        }
        if (value.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    joined.append(',');
                }
                JsonNode element = value.get(i);
                joined.append(element.isNull() ? "" : element.asText());
            }
            return of(joined.toString());
        }
        return Double.NaN;
    }

    static double of(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        switch (trimmed) {
            case "Infinity":
            case "+Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("0x")) {
                return Long.parseLong(trimmed.substring(2), 16);
            }
            if (lower.startsWith("0o")) {
                return Long.parseLong(trimmed.substring(2), 8);
            }
            if (lower.startsWith("0b")) {
                return Long.parseLong(trimmed.substring(2), 2);
            }
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return DECIMAL.matcher(trimmed).matches() ? Double.parseDouble(trimmed) : Double.NaN;
    }
}
